using AgentStudio.Core.Designs;
using AgentStudio.Designs;
using AgentStudio.Tests.Fakes;
using AgentStudio.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using static AgentStudio.Tests.Designs.AutosaveTest;

namespace AgentStudio.Tests.Designs;

/// <summary>When the autosave saves: after edits settle, at the latest after the maximum wait, and again after a failure.</summary>
public sealed class DesignAutosaveTests
{
    private static readonly TimeSpan Edit = TimeSpan.FromMilliseconds(300);

    private readonly FakeTimeProvider _clock = TestClock.New();
    private readonly InMemoryDesignStore _store;

    public DesignAutosaveTests() => _store = new InMemoryDesignStore(_clock);

    private async Task<string?> StoredInstructionsAsync(Guid id) =>
        (await _store.GetAsync(id, TestContext.Current.CancellationToken))!.Document.Agents[0].Instructions;

    // The one revision saved after the design was created.
    private async Task<AgentStudio.Storage.DesignRevisionInfo> OnlySaveAsync(Guid id)
    {
        var revisions = await _store.ListRevisionsAsync(id, TestContext.Current.CancellationToken);
        Assert.Equal(2, revisions.Count);
        return Assert.Single(revisions, r => r.Revision == 2);
    }

    [Fact]
    public async Task EachEdit_RestartsTheDebounce_AndOneSaveFollowsTheLastEdit()
    {
        var created = await _store.CreateAsync(Typed(""), cancellationToken: TestContext.Current.CancellationToken);
        await using var autosave = new DesignAutosave(_store, created.Id, created.Revision, _clock);

        autosave.Schedule(Typed("a"), "Edit instructions");
        _clock.Advance(TimeSpan.FromMilliseconds(500));
        autosave.Schedule(Typed("ab"), "Edit instructions");
        // 1.1 s after the first edit, 600 ms after the last: only now have the edits settled.
        _clock.Advance(DesignAutosave.Debounce - TimeSpan.FromMilliseconds(1));
        Assert.Equal(SaveState.Pending, autosave.State);
        _clock.Advance(TimeSpan.FromMilliseconds(1));
        await WaitForAsync(autosave, a => a.State == SaveState.Saved);

        var saved = await OnlySaveAsync(created.Id);
        Assert.Equal(TestClock.Start + TimeSpan.FromMilliseconds(1100), saved.SavedAt);
        Assert.Equal("ab", await StoredInstructionsAsync(created.Id));
    }

    [Fact]
    public async Task EditsFasterThanTheDebounce_AreSavedAtTheMaximumWait_AfterTheFirstOfThem()
    {
        var created = await _store.CreateAsync(Typed(""), cancellationToken: TestContext.Current.CancellationToken);
        await using var autosave = new DesignAutosave(_store, created.Id, created.Revision, _clock);

        // An edit every 500 ms never settles for 600 ms; the first waits at most 1.5 s.
        foreach (var text in new[] { "a", "ab", "abc" })
        {
            autosave.Schedule(Typed(text), "Edit instructions");
            _clock.Advance(TimeSpan.FromMilliseconds(500));
        }

        await WaitForAsync(autosave, a => a.State == SaveState.Saved);

        var saved = await OnlySaveAsync(created.Id);
        Assert.Equal(TestClock.Start + DesignAutosave.MaxWait, saved.SavedAt);
        Assert.Equal("abc", await StoredInstructionsAsync(created.Id));
    }

    [Fact]
    public async Task EditsWhileASaveFails_WaitForTheRetry_WhichSavesTheLatest()
    {
        var failing = new FailingDesignStore(_store);
        var created = await _store.CreateAsync(Typed(""), cancellationToken: TestContext.Current.CancellationToken);
        await using var autosave = new DesignAutosave(failing, created.Id, created.Revision, _clock);
        failing.FailNextSaves(1);
        autosave.Schedule(Typed("a"), "Edit instructions");
        _clock.Advance(DesignAutosave.Debounce);
        await WaitForAsync(autosave, a => a.State == SaveState.Failed);

        // Typing on does not hammer a failing store: the edit is held for the retry, a second after the failure.
        autosave.Schedule(Typed("ab"), "Edit instructions");
        Assert.Equal(SaveState.Failed, autosave.State);
        _clock.Advance(DesignAutosave.FirstRetry);
        await WaitForAsync(autosave, a => a.State == SaveState.Saved);

        Assert.Equal(2, failing.SaveAttempts);
        var saved = await OnlySaveAsync(created.Id);
        Assert.Equal(TestClock.Start + DesignAutosave.Debounce + DesignAutosave.FirstRetry, saved.SavedAt);
        Assert.Equal("ab", await StoredInstructionsAsync(created.Id));
    }

    [Fact]
    public async Task ContinuousEditing_IsStoredWithinTwoSeconds_ThoughTheDebounceNeverSettles()
    {
        var created = await _store.CreateAsync(Typed(""), cancellationToken: TestContext.Current.CancellationToken);
        await using var autosave = new DesignAutosave(_store, created.Id, created.Revision, _clock);

        // An edit every 300 ms: the 600 ms debounce alone would never end.
        var text = "";
        while (_clock.GetUtcNow() - TestClock.Start < TimeSpan.FromSeconds(1.8))
        {
            text += "x";
            autosave.Schedule(Typed(text), "Edit instructions");
            _clock.Advance(Edit);
        }

        // Now 2 s after the first edit, with the last one 200 ms ago: the first edits must be stored by now.
        _clock.Advance(TimeSpan.FromSeconds(2) - (Edit * text.Length));
        await WaitForAsync(autosave, a => a.BaseRevision >= 2);

        var stored = await StoredInstructionsAsync(created.Id);
        Assert.False(string.IsNullOrEmpty(stored));
        Assert.StartsWith(stored, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditsThatSettle_AreSavedOnce_AfterTheDebounce()
    {
        var created = await _store.CreateAsync(Typed(""), cancellationToken: TestContext.Current.CancellationToken);
        await using var autosave = new DesignAutosave(_store, created.Id, created.Revision, _clock);

        autosave.Schedule(Typed("a"), "Edit instructions");
        _clock.Advance(TimeSpan.FromMilliseconds(100));
        autosave.Schedule(Typed("ab"), "Edit instructions");
        Assert.Equal(SaveState.Pending, autosave.State);
        _clock.Advance(DesignAutosave.Debounce);
        await WaitForAsync(autosave, a => a.State == SaveState.Saved);

        Assert.Equal("ab", await StoredInstructionsAsync(created.Id));
        Assert.Equal(2, autosave.BaseRevision);
        Assert.False(autosave.HasUnsavedChanges);
    }

    [Fact]
    public async Task FailedSave_SaysSo_KeepsTheChange_AndRetriesWithBackoff_WithoutAnotherEdit()
    {
        var failing = new FailingDesignStore(_store);
        var created = await _store.CreateAsync(Typed(""), cancellationToken: TestContext.Current.CancellationToken);
        await using var autosave = new DesignAutosave(failing, created.Id, created.Revision, _clock);
        failing.FailNextSaves(2);

        autosave.Schedule(Typed("keep me"), "Edit instructions");
        _clock.Advance(DesignAutosave.Debounce);
        await WaitForAsync(autosave, a => a.State == SaveState.Failed);

        Assert.Contains("Not saved", autosave.Message, StringComparison.Ordinal);
        Assert.Contains("disk I/O error", autosave.Message, StringComparison.Ordinal);
        Assert.True(autosave.HasUnsavedChanges);
        Assert.Equal("keep me", autosave.Unsaved!.Agents[0].Instructions);

        // First retry after 1 s; it fails too, and the next waits longer (2 s).
        _clock.Advance(TimeSpan.FromSeconds(1));
        await WaitForAsync(autosave, _ => failing.SaveAttempts == 2 && autosave.State == SaveState.Failed);
        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(2, failing.SaveAttempts);
        _clock.Advance(TimeSpan.FromSeconds(1));
        await WaitForAsync(autosave, a => a.State == SaveState.Saved);

        Assert.Equal(3, failing.SaveAttempts);
        Assert.Equal("keep me", await StoredInstructionsAsync(created.Id));
        Assert.Null(autosave.Message);
    }

    [Fact]
    public async Task AnEditDuringASave_IsNotReportedAsSaved_UntilItIsStoredToo()
    {
        var created = await _store.CreateAsync(Typed(""), cancellationToken: TestContext.Current.CancellationToken);
        await using var autosave = new DesignAutosave(_store, created.Id, created.Revision, _clock);
        var states = new List<SaveState>();
        autosave.StateChanged += () =>
        {
            lock (states)
            {
                states.Add(autosave.State);
            }
        };

        autosave.Schedule(Typed("one"), "Edit instructions");
        await autosave.FlushAsync();
        autosave.Schedule(Typed("one two"), "Edit instructions");

        Assert.Equal(SaveState.Pending, autosave.State);
        _clock.Advance(DesignAutosave.Debounce);
        await WaitForAsync(autosave, a => a.State == SaveState.Saved);
        Assert.Equal("one two", await StoredInstructionsAsync(created.Id));
    }
}
