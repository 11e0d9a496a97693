using AgentStudio.Core.Designs;
using AgentStudio.Core.Templates;
using AgentStudio.Core.Validation;
using AgentStudio.Designer;

namespace AgentStudio.Tests.Designer;

/// <summary>Publish and the slug from the designer: errors block publishing, the pending edit is saved first.</summary>
public sealed class DesignerSessionPublishingTests : IAsyncLifetime
{
    private readonly DesignerSessionHarness _harness = new();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static DesignDocument Template => DesignTemplates.Find("customer-support")!.Design;

    [Fact]
    public async Task Publish_WithValidationErrors_IsRefused_ListsThem_AndPublishesNothing()
    {
        var session = await _harness.OpenAsync(new DesignDocument { Name = "Empty" });
        string? refused = null;
        session.Refused += reason => refused = reason;

        var published = await session.PublishAsync(Cancel);

        Assert.False(published);
        Assert.Null(session.PublishedRevision);
        Assert.NotEmpty(session.PublishBlockers);
        Assert.Equal(session.Problems.Where(p => p.IsError), session.PublishBlockers);
        Assert.Contains(session.PublishBlockers, p => p.Code == ProblemCodes.NoEntry);
        Assert.StartsWith("Not published: the design has", refused, StringComparison.Ordinal);
        Assert.Equal(refused, session.Message);
        Assert.Empty(await _harness.Store.ListPublishedAsync(Cancel));

        session.Execute(new DesignerIntent.DismissMessage());
        Assert.Empty(session.PublishBlockers);
        Assert.Null(session.Message);
    }

    [Fact]
    public async Task Publish_SavesThePendingEditFirst_ThenTheDraftDiffersAfterTheNextEdit()
    {
        var session = await _harness.OpenAsync(Template);
        session.Execute(new SetDesignDescription("Published text"));
        Assert.True(session.HasUnsavedChanges);
        Assert.False(session.DraftDiffersFromPublished);

        Assert.True(await session.PublishAsync(Cancel));

        Assert.Equal(2, session.PublishedRevision);
        Assert.Equal(2, session.BaseRevision);
        Assert.False(session.DraftDiffersFromPublished);
        Assert.Empty(session.PublishBlockers);
        Assert.Equal("Published revision 2", session.Announcement);
        var published = await _harness.Store.GetPublishedAsync(session.Slug!, Cancel);
        Assert.Equal("Published text", published!.Document.Description);

        session.Execute(new SetDesignDescription("Draft text"));
        Assert.True(session.DraftDiffersFromPublished);
        await session.FlushAsync();
        Assert.True(session.DraftDiffersFromPublished);
        Assert.Equal("Published text", (await _harness.Store.GetPublishedAsync(session.Slug!, Cancel))!.Document.Description);
    }

    [Fact]
    public async Task ASessionOpenedLater_ShowsWhatIsPublished()
    {
        var first = await _harness.OpenAsync(Template);
        await first.PublishAsync(Cancel);

        var reopened = await DesignerSession.OpenAsync(_harness.Store, first.DesignId, _harness.Clock, Cancel);
        await using var _ = reopened;

        Assert.Equal((1, "customer-support-triage"), (reopened!.PublishedRevision, reopened.Slug));
        Assert.False(reopened.DraftDiffersFromPublished);
    }

    [Fact]
    public async Task ChangeSlug_Refused_KeepsTheSlugAndSaysWhy_ThenAnAcceptedOneClearsIt()
    {
        var session = await _harness.OpenAsync(Template);
        var slug = session.Slug;

        Assert.False(await session.ChangeSlugAsync("Not A Slug", Cancel));
        Assert.Equal(slug, session.Slug);
        Assert.StartsWith("A slug may hold only lower-case letters", session.SlugError, StringComparison.Ordinal);

        Assert.True(await session.ChangeSlugAsync("triage", Cancel));
        Assert.Equal("triage", session.Slug);
        Assert.Null(session.SlugError);
    }

    /// <inheritdoc />
    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _harness.DisposeAsync();
}
