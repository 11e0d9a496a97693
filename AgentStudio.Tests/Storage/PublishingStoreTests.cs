using AgentStudio.Core.Designs;
using AgentStudio.Core.Serialization;
using AgentStudio.Core.Validation;
using AgentStudio.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace AgentStudio.Tests.Storage;

/// <summary>Publishing in the SQLite store: a published revision apart from the draft, found by a unique, editable slug.</summary>
public sealed class PublishingStoreTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetPublished_ReturnsThePublishedRevision_WhileTheDraftMovesOn()
    {
        await using var harness = await StorageHarness.StartAsync();
        var store = harness.Store;
        var created = await store.CreateAsync(Design("Support"), cancellationToken: Cancel);

        var publication = await store.PublishAsync(created.Id, 1, Cancel);
        var draft = await store.SaveAsync(created.Id, 1, Design("Support") with { Description = "Draft only" }, cancellationToken: Cancel);
        await store.RenameAsync(created.Id, "Support v2", Cancel);
        var published = await store.GetPublishedAsync("support", Cancel);

        Assert.Equal(new DesignPublication(created.Id, "support", 1, harness.Clock.GetUtcNow()), publication);
        Assert.Equal(2, draft.Revision);
        Assert.NotNull(published);
        Assert.Equal(1, published.Revision);
        Assert.Equal(DesignSerializer.Write(Design("Support")), DesignSerializer.Write(published.Document));
        var stored = await store.GetAsync(created.Id, Cancel);
        Assert.Equal((3, 1, "support"), (stored!.Revision, stored.PublishedRevision, stored.Slug));
        Assert.Equal(1, Assert.Single(await store.ListAsync(cancellationToken: Cancel)).PublishedRevision);
    }

    [Fact]
    public async Task Publish_AnotherRevision_ServesThatOne()
    {
        await using var harness = await StorageHarness.StartAsync();
        var created = await harness.Store.CreateAsync(Design("Support"), cancellationToken: Cancel);
        await harness.Store.PublishAsync(created.Id, 1, Cancel);
        await harness.Store.SaveAsync(created.Id, 1, Design("Support") with { Description = "Second" }, cancellationToken: Cancel);

        await harness.Store.PublishAsync(created.Id, 2, Cancel);

        var published = await harness.Store.GetPublishedAsync("support", Cancel);
        Assert.Equal((2, "Second"), (published!.Revision, published.Document.Description));
        Assert.Equal([new PublishedDesignSummary("support", "Support", 2, "Second", created.Id, published.PublishedAt)], await harness.Store.ListPublishedAsync(Cancel));
    }

    [Fact]
    public async Task Publish_ARevisionWithErrors_IsRefused_AndNothingIsPublished()
    {
        await using var harness = await StorageHarness.StartAsync();
        var created = await harness.Store.CreateAsync(new DesignDocument { Name = "Empty" }, cancellationToken: Cancel);

        var refused = await Assert.ThrowsAsync<DesignNotPublishableException>(() => harness.Store.PublishAsync(created.Id, 1, Cancel));

        Assert.Contains(refused.Errors, e => e.Code == ProblemCodes.NoEntry);
        Assert.All(refused.Errors, e => Assert.True(e.IsError));
        Assert.Contains("Revision 1 cannot be published", refused.Message, StringComparison.Ordinal);
        Assert.Null((await harness.Store.GetAsync(created.Id, Cancel))!.PublishedRevision);
        Assert.Empty(await harness.Store.ListPublishedAsync(Cancel));
        await Assert.ThrowsAsync<DesignNotPublishedException>(() => harness.Store.GetPublishedAsync("empty", Cancel));
        await Assert.ThrowsAsync<DesignNotFoundException>(() => harness.Store.PublishAsync(created.Id, 7, Cancel));
    }

    [Fact]
    public async Task Slugs_AreMadeFromNames_AndUniqueWithCounters()
    {
        await using var harness = await StorageHarness.StartAsync();

        var slugs = new List<string?>();
        foreach (var name in new[] { "Customer Support", "customer support", "Customer  support!", "Café (v2)", "🎉🎉" })
        {
            slugs.Add((await harness.Store.CreateAsync(Design(name), cancellationToken: Cancel)).Slug);
        }

        Assert.Equal(["customer-support", "customer-support-2", "customer-support-3", "cafe-v2", "design"], slugs);
    }

    [Fact]
    public async Task ChangeSlug_MovesTheDesign_AndRefusesBadFormatsAndTakenSlugs_WithClearMessages()
    {
        await using var harness = await StorageHarness.StartAsync();
        var support = await harness.Store.CreateAsync(Design("Support"), cancellationToken: Cancel);
        var research = await harness.Store.CreateAsync(Design("Research"), cancellationToken: Cancel);
        await harness.Store.PublishAsync(support.Id, 1, Cancel);

        var changed = await harness.Store.ChangeSlugAsync(support.Id, "  help-desk ", Cancel);

        Assert.Equal(new DesignPublication(support.Id, "help-desk", 1, harness.Clock.GetUtcNow()), changed);
        Assert.Null(await harness.Store.GetPublishedAsync("support", Cancel));
        Assert.Equal(support.Id, (await harness.Store.GetPublishedAsync("help-desk", Cancel))!.DesignId);

        var taken = await Assert.ThrowsAsync<InvalidSlugException>(() => harness.Store.ChangeSlugAsync(research.Id, "help-desk", Cancel));
        Assert.Equal("The slug “help-desk” is already used by the design “Support”. Each design needs its own: try “help-desk-2”.", taken.Message);
        var upper = await Assert.ThrowsAsync<InvalidSlugException>(() => harness.Store.ChangeSlugAsync(research.Id, "Research Team", Cancel));
        Assert.Equal("A slug may hold only lower-case letters a-z, digits and hyphens: “Research Team” has “R” at position 1. Try “research-team”.", upper.Message);
        var hyphens = await Assert.ThrowsAsync<InvalidSlugException>(() => harness.Store.ChangeSlugAsync(research.Id, "research--team", Cancel));
        Assert.Contains("two in a row", hyphens.Message, StringComparison.Ordinal);
        var blank = await Assert.ThrowsAsync<InvalidSlugException>(() => harness.Store.ChangeSlugAsync(research.Id, " ", Cancel));
        Assert.Equal("A slug cannot be blank: API calls name the design by it.", blank.Message);
        var tooLong = await Assert.ThrowsAsync<InvalidSlugException>(() => harness.Store.ChangeSlugAsync(research.Id, new string('a', 65), Cancel));
        Assert.Equal("A slug is at most 64 characters; this one has 65.", tooLong.Message);
        Assert.Equal("research", (await harness.Store.GetAsync(research.Id, Cancel))!.Slug);

        // The old slug is free again, and a new design named like it takes it.
        var again = await harness.Store.CreateAsync(Design("Support"), cancellationToken: Cancel);
        Assert.Equal("support", again.Slug);
    }

    [Fact]
    public async Task TrashedDesigns_AreNeitherListedNorFound_ButKeepTheirSlug()
    {
        await using var harness = await StorageHarness.StartAsync();
        var support = await harness.Store.CreateAsync(Design("Support"), cancellationToken: Cancel);
        var other = await harness.Store.CreateAsync(Design("Other"), cancellationToken: Cancel);
        await harness.Store.PublishAsync(support.Id, 1, Cancel);

        await harness.Store.DeleteAsync(support.Id, Cancel);

        Assert.Empty(await harness.Store.ListPublishedAsync(Cancel));
        Assert.Null(await harness.Store.GetPublishedAsync("support", Cancel));
        await Assert.ThrowsAsync<DesignInTrashException>(() => harness.Store.PublishAsync(support.Id, 1, Cancel));
        var taken = await Assert.ThrowsAsync<InvalidSlugException>(() => harness.Store.ChangeSlugAsync(other.Id, "support", Cancel));
        Assert.Contains("(in the trash)", taken.Message, StringComparison.Ordinal);

        await harness.Store.RestoreDeletedAsync(support.Id, Cancel);
        Assert.Equal(1, (await harness.Store.GetPublishedAsync("support", Cancel))!.Revision);
    }

    [Fact]
    public async Task UnknownSlug_IsNull_AndUnpublishedDesign_SaysSo()
    {
        await using var harness = await StorageHarness.StartAsync();
        var created = await harness.Store.CreateAsync(Design("Support"), cancellationToken: Cancel);

        Assert.Null(await harness.Store.GetPublishedAsync("nothing-here", Cancel));
        var unpublished = await Assert.ThrowsAsync<DesignNotPublishedException>(() => harness.Store.GetPublishedAsync("support", Cancel));
        Assert.Equal(created.Id, unpublished.DesignId);
        Assert.Equal("The design “Support” (support) is not published yet: open it in the designer and press Publish.", unpublished.Message);
    }

    [Fact]
    public async Task Migration_UpgradesADatabaseFromBeforePublishing_AndGivesItsDesignsSlugs()
    {
        await using var harness = StorageHarness.CreateUnmigrated();
        var older = Guid.NewGuid();
        var newer = Guid.NewGuid();
        await using (var db = harness.NewContext())
        {
            await db.GetService<IMigrator>().MigrateAsync("20261201153803_AddAccounts", Cancel);
            await InsertOldDesignAsync(db, newer, "Support", DateTimeOffset.UnixEpoch.AddDays(2));
            await InsertOldDesignAsync(db, older, "Support", DateTimeOffset.UnixEpoch.AddDays(1));
        }

        await harness.Services.MigrateAgentStudioDatabaseAsync(Cancel);

        var listed = await harness.Store.ListAsync(cancellationToken: Cancel);
        Assert.Equal(2, listed.Count);
        Assert.All(listed, d => Assert.Null(d.PublishedRevision));
        Assert.Equal("support", (await harness.Store.GetAsync(older, Cancel))!.Slug);
        Assert.Equal("support-2", (await harness.Store.GetAsync(newer, Cancel))!.Slug);
        await harness.Store.PublishAsync(newer, 1, Cancel);
        Assert.Equal(newer, (await harness.Store.GetPublishedAsync("support-2", Cancel))!.DesignId);
        await using var check = harness.NewContext();
        Assert.Empty(await check.Database.GetPendingMigrationsAsync(Cancel));
    }

    // A design row and its revision as the schema before AddPublishing holds them (no EF model of that time exists any more).
    private static async Task InsertOldDesignAsync(AgentStudioDbContext db, Guid id, string name, DateTimeOffset at)
    {
        var ticks = (long)new DateTimeOffsetToBinaryConverter().ConvertToProvider(at)!;
        var key = id.ToString().ToUpperInvariant();
        var json = DesignSerializer.WriteCompact(Design(name));
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO Designs (Id, Name, Description, AgentCount, LatestRevision, CreatedAt, UpdatedAt, DeletedAt) VALUES ({key}, {name}, NULL, 1, 1, {ticks}, {ticks}, NULL)", Cancel);
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO DesignRevisions (DesignId, Revision, Name, Reason, Json, SavedAt) VALUES ({key}, 1, {name}, 'Created', {json}, {ticks})", Cancel);
    }

    private static DesignDocument Design(string name) => new()
    {
        Name = name,
        Entry = "support",
        Agents = [new AgentDefinition { Id = "support", Name = "SupportAgent", Instructions = "Help the customer." }],
    };
}
