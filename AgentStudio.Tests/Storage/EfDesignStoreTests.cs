using AgentStudio.Core.Designs;
using AgentStudio.Core.Serialization;
using AgentStudio.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AgentStudio.Tests.Storage;

public sealed class EfDesignStoreTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Migrate_CreatesDataFolderAndDatabase_OnFirstRun()
    {
        await using var harness = await StorageHarness.StartAsync();

        Assert.True(File.Exists(Path.Combine(harness.DataFolder, StorageOptions.DatabaseFileName)));
    }

    [Fact]
    public async Task Migrations_MatchTheModel()
    {
        await using var harness = await StorageHarness.StartAsync();
        await using var db = harness.NewContext();

        Assert.False(db.Database.HasPendingModelChanges(), "The model changed without a migration.");
        Assert.Empty(await db.Database.GetPendingMigrationsAsync(Cancel));
    }

    [Fact]
    public async Task Create_ThenGet_ReturnsRevisionOneWithTheDocument()
    {
        await using var harness = await StorageHarness.StartAsync();

        var created = await harness.Store.CreateAsync(Design("Support"), cancellationToken: Cancel);
        var loaded = await harness.Store.GetAsync(created.Id, Cancel);

        Assert.NotNull(loaded);
        Assert.Equal(1, loaded.Revision);
        Assert.Equal(DesignSerializer.Write(Design("Support")), DesignSerializer.Write(loaded.Document));
    }

    [Fact]
    public async Task List_FiltersByNameOrDescription_CaseInsensitive_AndTreatsWildcardsLiterally()
    {
        await using var harness = await StorageHarness.StartAsync();
        await harness.Store.CreateAsync(Design("Customer Support"), cancellationToken: Cancel);
        await harness.Store.CreateAsync(Design("Research") with { Description = "Finds SUPPORTING facts" }, cancellationToken: Cancel);
        await harness.Store.CreateAsync(Design("100% coverage"), cancellationToken: Cancel);
        await harness.Store.CreateAsync(Design("1000 coverage"), cancellationToken: Cancel);

        var support = await harness.Store.ListAsync("support", cancellationToken: Cancel);
        var percent = await harness.Store.ListAsync("0%", cancellationToken: Cancel);
        var all = await harness.Store.ListAsync(cancellationToken: Cancel);

        Assert.Equal(["Research", "Customer Support"], support.Select(d => d.Name));
        Assert.Equal(["100% coverage"], percent.Select(d => d.Name));
        Assert.Equal(4, all.Count);
    }

    [Fact]
    public async Task List_IsNewestChangeFirst()
    {
        await using var harness = await StorageHarness.StartAsync();
        var first = await harness.Store.CreateAsync(Design("First"), cancellationToken: Cancel);
        harness.Clock.Advance(TimeSpan.FromMinutes(1));
        await harness.Store.CreateAsync(Design("Second"), cancellationToken: Cancel);
        harness.Clock.Advance(TimeSpan.FromMinutes(1));
        await harness.Store.SaveAsync(first.Id, 1, Design("First edited"), cancellationToken: Cancel);

        var list = await harness.Store.ListAsync(cancellationToken: Cancel);

        Assert.Equal(["First edited", "Second"], list.Select(d => d.Name));
    }

    [Fact]
    public async Task EverySave_AddsARevision_AndOldRevisionsStayReadable()
    {
        await using var harness = await StorageHarness.StartAsync();
        var created = await harness.Store.CreateAsync(Design("V1"), cancellationToken: Cancel);
        harness.Clock.Advance(TimeSpan.FromSeconds(5));
        var second = await harness.Store.SaveAsync(created.Id, 1, Design("V2"), "Edited", Cancel);
        var third = await harness.Store.SaveAsync(created.Id, second.Revision, Design("V3"), "Edited again", Cancel);

        var revisions = await harness.Store.ListRevisionsAsync(created.Id, Cancel);
        var old = await harness.Store.GetRevisionAsync(created.Id, 1, Cancel);

        Assert.Equal(3, third.Revision);
        Assert.Equal([3, 2, 1], revisions.Select(r => r.Revision));
        Assert.Equal(["Edited again", "Edited", "Created"], revisions.Select(r => r.Reason));
        Assert.Equal("V1", old.Name);
    }

    [Fact]
    public async Task RestoreRevision_SavesTheOldDocumentAsANewRevision()
    {
        await using var harness = await StorageHarness.StartAsync();
        var created = await harness.Store.CreateAsync(Design("Original"), cancellationToken: Cancel);
        await harness.Store.SaveAsync(created.Id, 1, Design("Changed"), cancellationToken: Cancel);

        var restored = await harness.Store.RestoreRevisionAsync(created.Id, 1, Cancel);

        Assert.Equal(3, restored.Revision);
        Assert.Equal("Original", (await harness.Store.GetAsync(created.Id, Cancel))!.Document.Name);
        Assert.Equal("Restored revision 1", (await harness.Store.ListRevisionsAsync(created.Id, Cancel))[0].Reason);
    }

    [Fact]
    public async Task StaleSave_IsRefused_AndNothingIsOverwritten()
    {
        await using var harness = await StorageHarness.StartAsync();
        var created = await harness.Store.CreateAsync(Design("Shared"), cancellationToken: Cancel);
        await harness.Store.SaveAsync(created.Id, 1, Design("Tab A's edit"), cancellationToken: Cancel);

        var refused = await Assert.ThrowsAsync<StaleRevisionException>(
            () => harness.Store.SaveAsync(created.Id, 1, Design("Tab B's edit"), cancellationToken: Cancel));

        Assert.Equal(2, refused.LatestRevision);
        Assert.Contains("Nothing was overwritten", refused.Message, StringComparison.Ordinal);
        var stored = await harness.Store.GetAsync(created.Id, Cancel);
        Assert.Equal("Tab A's edit", stored!.Document.Name);
        Assert.Equal(2, (await harness.Store.ListRevisionsAsync(created.Id, Cancel)).Count);
    }

    [Fact]
    public async Task TwoContextsRacing_TheSecondWriterIsRefusedByTheDatabase()
    {
        await using var harness = await StorageHarness.StartAsync();
        var created = await harness.Store.CreateAsync(Design("Raced"), cancellationToken: Cancel);
        await using var first = harness.NewContext();
        await using var second = harness.NewContext();
        // Both writers read revision 1 before either writes: the in-memory check cannot catch the second.
        var seenByFirst = await first.Designs.SingleAsync(d => d.Id == created.Id, Cancel);
        var seenBySecond = await second.Designs.SingleAsync(d => d.Id == created.Id, Cancel);

        seenByFirst.LatestRevision = 2;
        first.DesignRevisions.Add(Revision(created.Id, 2));
        await first.SaveChangesAsync(Cancel);
        seenBySecond.LatestRevision = 2;
        second.DesignRevisions.Add(Revision(created.Id, 2));

        await Assert.ThrowsAnyAsync<DbUpdateException>(() => second.SaveChangesAsync(Cancel));
        Assert.Equal(2, (await harness.Store.ListRevisionsAsync(created.Id, Cancel)).Count);
    }

    [Fact]
    public async Task Rename_AddsRevision_AndRenamesTheDocument()
    {
        await using var harness = await StorageHarness.StartAsync();
        var created = await harness.Store.CreateAsync(Design("Old name"), cancellationToken: Cancel);

        var renamed = await harness.Store.RenameAsync(created.Id, "  New name ", Cancel);

        Assert.Equal("New name", renamed.Document.Name);
        Assert.Equal("New name", (await harness.Store.ListAsync(cancellationToken: Cancel))[0].Name);
        Assert.Equal("Renamed to New name", (await harness.Store.ListRevisionsAsync(created.Id, Cancel))[0].Reason);
    }

    [Fact]
    public async Task Rename_ToBlank_IsRefusedWithAClearMessage()
    {
        await using var harness = await StorageHarness.StartAsync();
        var created = await harness.Store.CreateAsync(Design("Named"), cancellationToken: Cancel);

        var refused = await Assert.ThrowsAsync<ArgumentException>(() => harness.Store.RenameAsync(created.Id, "   ", Cancel));

        Assert.Contains("not blank", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Duplicate_CreatesACopyWithItsOwnHistory()
    {
        await using var harness = await StorageHarness.StartAsync();
        var created = await harness.Store.CreateAsync(Design("Triage"), cancellationToken: Cancel);

        var copy = await harness.Store.DuplicateAsync(created.Id, Cancel);

        Assert.NotEqual(created.Id, copy.Id);
        Assert.Equal("Triage (copy)", copy.Document.Name);
        Assert.Equal("Duplicated from Triage", (await harness.Store.ListRevisionsAsync(copy.Id, Cancel)).Single().Reason);
    }

    [Fact]
    public async Task Delete_MovesToTrash_AndRestoreBringsItBack()
    {
        await using var harness = await StorageHarness.StartAsync();
        var created = await harness.Store.CreateAsync(Design("Disposable"), cancellationToken: Cancel);

        await harness.Store.DeleteAsync(created.Id, Cancel);
        var liveAfterDelete = await harness.Store.ListAsync(cancellationToken: Cancel);
        var trash = await harness.Store.ListAsync(deleted: true, cancellationToken: Cancel);
        await harness.Store.RestoreDeletedAsync(created.Id, Cancel);
        var liveAfterRestore = await harness.Store.ListAsync(cancellationToken: Cancel);

        Assert.Empty(liveAfterDelete);
        Assert.Equal("Disposable", trash.Single().Name);
        Assert.NotNull(trash.Single().DeletedAt);
        Assert.Equal("Disposable", liveAfterRestore.Single().Name);
    }

    [Fact]
    public async Task DeleteForever_PurgesOnlyATrashedDesign_WithItsRevisionsAndRuns()
    {
        await using var harness = await StorageHarness.StartAsync();
        var runs = harness.Services.GetRequiredService<IRunStore>();
        var live = await harness.Store.CreateAsync(Design("Kept"), cancellationToken: Cancel);
        var trashed = await harness.Store.CreateAsync(Design("Purged"), cancellationToken: Cancel);
        await harness.Store.RenameAsync(trashed.Id, "Purged later", Cancel);
        await runs.SaveAsync(RunOf(trashed.Id), Cancel);
        await runs.SaveAsync(RunOf(live.Id), Cancel);
        await harness.Store.DeleteAsync(trashed.Id, Cancel);

        Assert.False(await harness.Store.DeleteForeverAsync(live.Id, Cancel));
        Assert.True(await harness.Store.DeleteForeverAsync(trashed.Id, Cancel));

        Assert.Null(await harness.Store.GetAsync(trashed.Id, Cancel));
        Assert.Empty(await harness.Store.ListRevisionsAsync(trashed.Id, Cancel));
        Assert.Empty(await runs.ListAsync(trashed.Id, Cancel));
        Assert.NotNull(await harness.Store.GetAsync(live.Id, Cancel));
        Assert.Single(await runs.ListAsync(live.Id, Cancel));
    }

    [Fact]
    public async Task EmptyTrash_PurgesEveryTrashedDesign_AndNoLiveOne()
    {
        await using var harness = await StorageHarness.StartAsync();
        var live = await harness.Store.CreateAsync(Design("Kept"), cancellationToken: Cancel);
        foreach (var name in new[] { "One", "Two" })
        {
            var created = await harness.Store.CreateAsync(Design(name), cancellationToken: Cancel);
            await harness.Store.DeleteAsync(created.Id, Cancel);
        }

        Assert.Equal(2, await harness.Store.EmptyTrashAsync(Cancel));

        Assert.Empty(await harness.Store.ListAsync(deleted: true, cancellationToken: Cancel));
        Assert.Equal(live.Id, (await harness.Store.ListAsync(cancellationToken: Cancel)).Single().Id);
        Assert.Equal(0, await harness.Store.EmptyTrashAsync(Cancel));
    }

    [Fact]
    public async Task MissingDesign_IsReportedAsNotFound()
    {
        await using var harness = await StorageHarness.StartAsync();
        var missing = Guid.NewGuid();

        Assert.Null(await harness.Store.GetAsync(missing, Cancel));
        await Assert.ThrowsAsync<DesignNotFoundException>(() => harness.Store.DeleteAsync(missing, Cancel));
        await Assert.ThrowsAsync<DesignNotFoundException>(() => harness.Store.SaveAsync(missing, 1, Design("x"), cancellationToken: Cancel));
    }

    [Fact]
    public async Task Save_ToATrashedDesign_IsRefused_AndNothingIsWritten_UntilItIsRestored()
    {
        await using var harness = await StorageHarness.StartAsync();
        var created = await harness.Store.CreateAsync(Design("Binned"), cancellationToken: Cancel);
        await harness.Store.DeleteAsync(created.Id, Cancel);

        // Not a generic failure: the designer tells the user the design is in the trash and offers to restore it.
        var refused = await Assert.ThrowsAnyAsync<Exception>(() => harness.Store.SaveAsync(created.Id, 1, Design("Binned edit"), cancellationToken: Cancel));
        Assert.Equal("DesignInTrashException", refused.GetType().Name);
        Assert.Contains("trash", refused.Message, StringComparison.Ordinal);
        Assert.Equal(1, (await harness.Store.GetAsync(created.Id, Cancel))!.Revision);
        Assert.Single(await harness.Store.ListRevisionsAsync(created.Id, Cancel));

        await harness.Store.RestoreDeletedAsync(created.Id, Cancel);
        var saved = await harness.Store.SaveAsync(created.Id, 1, Design("Binned edit"), cancellationToken: Cancel);
        Assert.Equal(2, saved.Revision);
    }

    private static AgentStudio.Core.Running.Records.RunRecord RunOf(Guid designId) => new()
    {
        Id = Guid.NewGuid(), DesignId = designId, DesignName = "x", Input = "hi", Models = "designed",
        Status = AgentStudio.Core.Running.RunStatus.Completed, LastAgent = "A", StartedAt = DateTimeOffset.UnixEpoch,
        DurationMs = 1, Usage = AgentStudio.Core.Running.RunUsage.None, Turns = 1, Items = [], Spans = [],
    };

    private static DesignDocument Design(string name) => new()
    {
        Name = name,
        Entry = "support",
        Agents = [new AgentDefinition { Id = "support", Name = "SupportAgent", Instructions = "Help the customer." }],
    };

    private static DesignRevisionEntity Revision(Guid designId, int number) => new()
    {
        DesignId = designId,
        Revision = number,
        Name = "racer",
        Reason = "race",
        Json = "{}",
        SavedAt = DateTimeOffset.UnixEpoch,
    };
}
