using AgentStudio.Core.Designs;
using AgentStudio.Designer;
using AgentStudio.Designs;
using AgentStudio.Storage;
using AgentStudio.Tests.Fakes;
using AgentStudio.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace AgentStudio.Tests.Designer;

/// <summary>The designer session saves every change through its autosave, and resolves conflicts and the trash.</summary>
public sealed class DesignerSessionSavingTests
{
    private readonly FakeTimeProvider _clock = TestClock.New();
    private readonly InMemoryDesignStore _store;

    public DesignerSessionSavingTests() => _store = new InMemoryDesignStore(_clock);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task<(Guid Id, DesignerSession Session)> OpenAsync()
    {
        var created = await _store.CreateAsync(new DesignDocument { Name = "Saving" }, cancellationToken: Cancel);
        return (created.Id, (await DesignerSession.OpenAsync(_store, created.Id, _clock, Cancel))!);
    }

    // Waits (in real time, bounded) for the session to reach a state; saves finish on the thread pool.
    private static async Task WaitForAsync(DesignerSession session, Func<DesignerSession, bool> reached)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void Check()
        {
            if (reached(session))
            {
                done.TrySetResult();
            }
        }

        session.Changed += Check;
        try
        {
            Check();
            await done.Task.WaitAsync(TimeSpan.FromSeconds(10), Cancel);
        }
        finally
        {
            session.Changed -= Check;
        }
    }

    private async Task<StoredDesign> StoredAsync(Guid id) => (await _store.GetAsync(id, Cancel))!;

    [Fact]
    public async Task AnEdit_IsPending_ThenStoredAsANewRevision_AfterTheDebounce()
    {
        var (id, session) = await OpenAsync();
        await using var _ = session;

        session.Execute(new DesignerIntent.AddAgent());
        Assert.Equal(SaveState.Pending, session.SaveState);
        Assert.True(session.HasUnsavedChanges);

        _clock.Advance(DesignAutosave.Debounce);
        await WaitForAsync(session, s => s.SaveState == SaveState.Saved);

        var stored = await StoredAsync(id);
        Assert.Equal(2, stored.Revision);
        Assert.Equal(2, session.BaseRevision);
        Assert.Equal("agent-1", Assert.Single(stored.Document.Agents).Id);
        Assert.Equal("Add agent", (await _store.ListRevisionsAsync(id, Cancel))[0].Reason);
    }

    [Fact]
    public async Task SelectingSavesNothing_AndUndoIsSavedLikeAnyChange()
    {
        var (id, session) = await OpenAsync();
        await using var _ = session;
        session.Execute(new DesignerIntent.AddAgent());
        await session.FlushAsync();

        session.Execute(new DesignerIntent.ClearSelection());
        Assert.Equal(SaveState.Saved, session.SaveState);

        session.Execute(new DesignerIntent.Undo());
        await session.FlushAsync();
        Assert.Empty((await StoredAsync(id)).Document.Agents);
    }

    [Fact]
    public async Task ClosingTheSession_StoresWhatIsPending()
    {
        var (id, session) = await OpenAsync();

        session.Execute(new DesignerIntent.AddNote());
        await session.DisposeAsync();

        Assert.Single((await StoredAsync(id)).Document.Notes);
    }

    [Fact]
    public async Task AfterAConflict_ReloadingShowsTheirs_AndSavesNothingBack()
    {
        var (id, session) = await OpenAsync();
        await using var _ = session;
        var theirs = await _store.SaveAsync(id, 1, new DesignDocument { Name = "Theirs" }, "Other tab", Cancel);

        session.Execute(new DesignerIntent.AddAgent());
        await session.FlushAsync();
        Assert.Equal(SaveState.Conflict, session.SaveState);

        await session.ReloadLatestAsync(Cancel);

        Assert.Equal("Theirs", session.Design.Name);
        Assert.False(session.CanUndo);
        Assert.Equal(SaveState.Saved, session.SaveState);
        Assert.Equal(theirs.Revision, session.BaseRevision);
        _clock.Advance(DesignAutosave.MaxWait);
        await session.FlushAsync();
        Assert.Equal(theirs.Revision, (await StoredAsync(id)).Revision);
    }

    [Fact]
    public async Task AfterAConflict_MineIsSavedAsACopy()
    {
        var (id, session) = await OpenAsync();
        await using var _ = session;
        await _store.SaveAsync(id, 1, new DesignDocument { Name = "Theirs" }, "Other tab", Cancel);
        session.Execute(new DesignerIntent.AddAgent());
        await session.FlushAsync();

        var copy = await session.SaveCopyAsync(Cancel);

        var stored = await StoredAsync(copy);
        Assert.Equal("Saving (my copy)", stored.Document.Name);
        Assert.Single(stored.Document.Agents);
    }

    [Fact]
    public async Task ARevisionRestoredInTheHistory_IsReloaded_AndAnUnchangedStoreIsNot()
    {
        var (id, session) = await OpenAsync();
        await using var _ = session;
        session.Execute(new DesignerIntent.AddAgent());
        await session.FlushAsync();

        Assert.False(await session.ReloadIfRestoredAsync(Cancel));
        Assert.True(session.CanUndo);

        await _store.RestoreRevisionAsync(id, 1, Cancel);
        Assert.True(await session.ReloadIfRestoredAsync(Cancel));
        Assert.Empty(session.Design.Agents);
    }

    [Fact]
    public async Task ATrashedDesign_HoldsTheChange_UntilRestored()
    {
        var (id, session) = await OpenAsync();
        await using var _ = session;
        await _store.DeleteAsync(id, Cancel);

        session.Execute(new DesignerIntent.AddAgent());
        await session.FlushAsync();
        Assert.Equal(SaveState.Trashed, session.SaveState);

        Assert.True(await session.RestoreFromTrashAsync(Cancel));

        Assert.Equal(SaveState.Saved, session.SaveState);
        Assert.Single((await StoredAsync(id)).Document.Agents);
    }
}
