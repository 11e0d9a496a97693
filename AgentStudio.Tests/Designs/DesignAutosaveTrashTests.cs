using AgentStudio.Core.Designs;
using AgentStudio.Designs;
using AgentStudio.Tests.Fakes;
using AgentStudio.Tests.Support;

namespace AgentStudio.Tests.Designs;

public sealed class DesignAutosaveTrashTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static DesignDocument Typed(string text) => new()
    {
        Name = "Binned",
        Agents = [new AgentDefinition { Id = "agent-1", Name = "Agent1", Model = "simulated", Instructions = text }],
        Entry = "agent-1",
    };

    [Fact]
    public async Task TrashedElsewhere_StopsSaving_KeepsTheChange_AndResumeSavesIt()
    {
        var clock = TestClock.New();
        var store = new InMemoryDesignStore(clock);
        var created = await store.CreateAsync(Typed(""), cancellationToken: Cancel);
        await using var autosave = new DesignAutosave(store, created.Id, created.Revision, clock);
        await store.DeleteAsync(created.Id, Cancel);

        autosave.Schedule(Typed("after the bin"), "Edit instructions");
        await autosave.FlushAsync();

        Assert.Equal(SaveState.Trashed, autosave.State);
        Assert.Contains("trash", autosave.Message, StringComparison.Ordinal);
        autosave.Schedule(Typed("more"), "Edit instructions");
        await autosave.FlushAsync();
        Assert.Equal(SaveState.Trashed, autosave.State);
        Assert.Single(await store.ListRevisionsAsync(created.Id, Cancel));
        Assert.Equal("more", autosave.Unsaved!.Agents[0].Instructions);

        await store.RestoreDeletedAsync(created.Id, Cancel);
        await autosave.ResumeAsync();

        Assert.Equal(SaveState.Saved, autosave.State);
        Assert.Null(autosave.Message);
        Assert.Equal("more", (await store.GetAsync(created.Id, Cancel))!.Document.Agents[0].Instructions);
    }
}
