using AgentStudio.Designs;
using AgentStudio.Tests.Fakes;
using AgentStudio.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using static AgentStudio.Tests.Designs.AutosaveTest;

namespace AgentStudio.Tests.Designs;

/// <summary>Leaving the designer (or flushing on demand) saves what is pending at once, without waiting for the debounce.</summary>
public sealed class DesignAutosaveLeaveTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private readonly FakeTimeProvider _clock = TestClock.New();
    private readonly InMemoryDesignStore _store;

    public DesignAutosaveLeaveTests() => _store = new InMemoryDesignStore(_clock);

    [Fact]
    public async Task LeavingThePage_SavesThePendingEdit_AtOnce()
    {
        var created = await _store.CreateAsync(Typed(""), cancellationToken: Cancel);
        var autosave = new DesignAutosave(_store, created.Id, created.Revision, _clock);
        autosave.Schedule(Typed("typed just before leaving"), "Edit instructions");

        // The clock never moves: no debounce has passed when the page goes.
        await autosave.DisposeAsync();

        Assert.Equal(SaveState.Saved, autosave.State);
        Assert.False(autosave.HasUnsavedChanges);
        var stored = (await _store.GetAsync(created.Id, Cancel))!;
        Assert.Equal(2, stored.Revision);
        Assert.Equal("typed just before leaving", stored.Document.Agents[0].Instructions);
        Assert.Equal(TestClock.Start, stored.UpdatedAt);
    }

    [Fact]
    public async Task NavigatingAway_FlushesThePendingEdit_AndTheDesignerGoesOnSaving()
    {
        var created = await _store.CreateAsync(Typed(""), cancellationToken: Cancel);
        await using var autosave = new DesignAutosave(_store, created.Id, created.Revision, _clock);
        autosave.Schedule(Typed("flushed"), "Edit instructions");

        // What the designer does before an in-app navigation: save now, the debounce not yet over.
        await autosave.FlushAsync();

        Assert.Equal(SaveState.Saved, autosave.State);
        Assert.Equal(2, autosave.BaseRevision);
        Assert.Equal(TestClock.Start, (await _store.GetAsync(created.Id, Cancel))!.UpdatedAt);
        autosave.Schedule(Typed("flushed, then more"), "Edit instructions");
        _clock.Advance(DesignAutosave.Debounce);
        await WaitForAsync(autosave, a => a.State == SaveState.Saved);
        Assert.Equal(3, autosave.BaseRevision);
        Assert.Equal("flushed, then more", (await _store.GetAsync(created.Id, Cancel))!.Document.Agents[0].Instructions);
    }

    [Fact]
    public async Task LeavingWithNothingPending_WritesNoRevision()
    {
        var created = await _store.CreateAsync(Typed("as opened"), cancellationToken: Cancel);
        var autosave = new DesignAutosave(_store, created.Id, created.Revision, _clock);

        await autosave.DisposeAsync();

        Assert.Single(await _store.ListRevisionsAsync(created.Id, Cancel));
        Assert.Equal(SaveState.Saved, autosave.State);
    }
}
