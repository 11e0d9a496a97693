using AgentStudio.Designs;
using AgentStudio.Tests.Fakes;
using AgentStudio.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using static AgentStudio.Tests.Designs.AutosaveTest;

namespace AgentStudio.Tests.Designs;

/// <summary>Two tabs on one design: the one that saves second is told so, overwrites nothing and keeps its edit until the user chooses.</summary>
public sealed class DesignAutosaveConflictTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private readonly FakeTimeProvider _clock = TestClock.New();
    private readonly InMemoryDesignStore _store;

    public DesignAutosaveConflictTests() => _store = new InMemoryDesignStore(_clock);

    private async Task<string?> StoredInstructionsAsync(Guid id) => (await _store.GetAsync(id, Cancel))!.Document.Agents[0].Instructions;

    [Fact]
    public async Task AnotherTabSavedFirst_IsAConflict_NothingIsOverwritten_AndTheEditIsKept()
    {
        var created = await _store.CreateAsync(Typed(""), cancellationToken: Cancel);
        await using var first = new DesignAutosave(_store, created.Id, created.Revision, _clock);
        await using var second = new DesignAutosave(_store, created.Id, created.Revision, _clock);
        first.Schedule(Typed("first tab"), "Edit instructions");
        _clock.Advance(TimeSpan.FromMilliseconds(100));
        second.Schedule(Typed("second tab"), "Edit instructions");

        _clock.Advance(DesignAutosave.Debounce - TimeSpan.FromMilliseconds(100));
        await WaitForAsync(first, a => a.State == SaveState.Saved);
        _clock.Advance(TimeSpan.FromMilliseconds(100));
        await WaitForAsync(second, a => a.State != SaveState.Pending && a.State != SaveState.Saving);

        Assert.Equal(SaveState.Conflict, second.State);
        Assert.Contains("saved elsewhere (now at revision 2)", second.Message, StringComparison.Ordinal);
        Assert.Equal(2, (await _store.ListRevisionsAsync(created.Id, Cancel)).Count);
        Assert.Equal("first tab", await StoredInstructionsAsync(created.Id));
        Assert.True(second.HasUnsavedChanges);
        Assert.Equal("second tab", second.Unsaved!.Agents[0].Instructions);
    }

    [Fact]
    public async Task DuringAConflict_EditsAreHeld_AndLeavingWritesNothing()
    {
        var created = await _store.CreateAsync(Typed(""), cancellationToken: Cancel);
        await _store.SaveAsync(created.Id, created.Revision, Typed("from the other tab"), cancellationToken: Cancel);
        var autosave = new DesignAutosave(_store, created.Id, created.Revision, _clock);
        autosave.Schedule(Typed("mine"), "Edit instructions");
        await autosave.FlushAsync();
        Assert.Equal(SaveState.Conflict, autosave.State);

        autosave.Schedule(Typed("mine, more"), "Edit instructions");
        Assert.Equal(SaveState.Conflict, autosave.State);
        _clock.Advance(DesignAutosave.LongestRetry);
        await autosave.DisposeAsync();

        Assert.Equal(SaveState.Conflict, autosave.State);
        Assert.Equal("mine, more", autosave.Unsaved!.Agents[0].Instructions);
        Assert.Equal(2, (await _store.ListRevisionsAsync(created.Id, Cancel)).Count);
        Assert.Equal("from the other tab", await StoredInstructionsAsync(created.Id));
    }

    [Fact]
    public async Task AfterTheUserReloads_TheConflictIsResolved_AndTheNextEditSavesOnTheLatestRevision()
    {
        var created = await _store.CreateAsync(Typed(""), cancellationToken: Cancel);
        var latest = await _store.SaveAsync(created.Id, created.Revision, Typed("from the other tab"), cancellationToken: Cancel);
        await using var autosave = new DesignAutosave(_store, created.Id, created.Revision, _clock);
        autosave.Schedule(Typed("mine"), "Edit instructions");
        await autosave.FlushAsync();
        Assert.Equal(SaveState.Conflict, autosave.State);

        autosave.Resolved(latest.Revision);

        Assert.Equal(SaveState.Saved, autosave.State);
        Assert.Null(autosave.Message);
        Assert.False(autosave.HasUnsavedChanges);
        Assert.Equal(2, autosave.BaseRevision);
        autosave.Schedule(Typed("from the other tab, then mine"), "Edit instructions");
        _clock.Advance(DesignAutosave.Debounce);
        await WaitForAsync(autosave, a => a.State == SaveState.Saved);
        Assert.Equal(3, autosave.BaseRevision);
        Assert.Equal("from the other tab, then mine", await StoredInstructionsAsync(created.Id));
    }
}
