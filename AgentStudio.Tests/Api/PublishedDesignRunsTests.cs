using AgentStudio.Api;
using AgentStudio.Core.Running;
using Microsoft.Extensions.AI;

namespace AgentStudio.Tests.Api;

/// <summary>
/// <see cref="PublishedDesignRuns"/> on the app's composition: it runs the published revision (never the draft), stores
/// each run as an API run with its key's name, goes on with a conversation from its last agent, and refuses what it
/// cannot run before any model call.
/// </summary>
public sealed class PublishedDesignRunsTests : IAsyncDisposable
{
    private const string Billing = "I was charged twice";

    private static readonly (Guid Id, string Name) Ci = (Guid.NewGuid(), "ci");

    // Another key with the same name: keys own conversations by id.
    private static readonly (Guid Id, string Name) Other = (Guid.NewGuid(), "ci");

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private RunApiTestHost? _host;

    [Fact]
    public async Task Run_UsesThePublishedRevision_NotTheDraft_AndIsStoredAsAnApiRunWithTheKeyName()
    {
        var host = await StartAsync();
        var published = await host.PublishTemplateAsync();
        await host.Designs.SaveAsync(published.Id, published.Revision, published.Document with { Name = "Draft name" }, cancellationToken: Cancel);

        await using var run = await host.PublishedRuns.StartAsync(new PublishedRunRequest(published.Slug!, Billing, Ci.Id, Ci.Name), Cancel);
        var result = await run.Completion;

        Assert.Equal(RunStatus.Completed, result.Status);
        Assert.Equal(published.PublishedRevision, run.Revision);
        var stored = await host.Runs.GetAsync(run.RunId, Cancel);
        Assert.NotNull(stored);
        Assert.Equal(published.Document.Name, stored.DesignName);
        Assert.Equal("ci", stored.ApiKeyName);
        Assert.Equal(run.ConversationId, stored.ConversationId);
        Assert.Equal(published.Id, stored.DesignId);
        Assert.Equal(result.FinalOutput, stored.FinalOutput);
    }

    [Fact]
    public async Task AConversationId_GoesOnFromTheLastAgent_WithTheEarlierTurnsAsHistory()
    {
        var host = await StartAsync();
        var published = await host.PublishTemplateAsync();
        await using var first = await host.PublishedRuns.StartAsync(new PublishedRunRequest(published.Slug!, Billing, Ci.Id, Ci.Name), Cancel);
        var firstResult = await first.Completion;
        var entryAgent = host.Model.Calls.First().Agent;
        host.Model.Calls.Clear();

        await using var second = await host.PublishedRuns.StartAsync(new PublishedRunRequest(published.Slug!, "And what about my refund?", Ci.Id, Ci.Name) { ConversationId = first.ConversationId }, Cancel);
        var secondResult = await second.Completion;

        Assert.Equal(RunStatus.Completed, secondResult.Status);
        Assert.Equal(first.ConversationId, second.ConversationId);
        var call = host.Model.Calls.First();
        Assert.NotEqual(entryAgent, firstResult.LastAgent);
        Assert.Equal(firstResult.LastAgent, call.Agent);
        Assert.Contains(call.Messages, m => m.Role == ChatRole.User && m.Text == Billing);
        Assert.Equal("And what about my refund?", call.Messages.Last(m => m.Role == ChatRole.User).Text);
    }

    [Fact]
    public async Task WithoutAConversationId_EachRunStartsANewConversationAtTheEntryAgent()
    {
        var host = await StartAsync();
        var published = await host.PublishTemplateAsync();
        await using var first = await host.PublishedRuns.StartAsync(new PublishedRunRequest(published.Slug!, Billing, Ci.Id, Ci.Name), Cancel);
        await first.Completion;
        host.Model.Calls.Clear();

        await using var second = await host.PublishedRuns.StartAsync(new PublishedRunRequest(published.Slug!, "Hello", Ci.Id, Ci.Name), Cancel);
        await second.Completion;

        Assert.NotEqual(first.ConversationId, second.ConversationId);
        Assert.DoesNotContain(host.Model.Calls.First().Messages, m => m.Text == Billing);
    }

    [Fact]
    public async Task GivenHistory_IsGivenToTheEntryAgentBeforeTheInput()
    {
        var host = await StartAsync();
        var published = await host.PublishTemplateAsync();
        IReadOnlyList<ChatMessage> history = [new(ChatRole.User, "My order is 1234."), new(ChatRole.Assistant, "Thanks, noted.")];

        await using var run = await host.PublishedRuns.StartAsync(new PublishedRunRequest(published.Slug!, "Where is it?", Ci.Id, Ci.Name) { History = history }, Cancel);
        await run.Completion;

        var messages = host.Model.Calls.First().Messages.Where(m => m.Role != ChatRole.System).Select(m => m.Text).ToList();
        Assert.Equal(["My order is 1234.", "Thanks, noted.", "Where is it?"], messages);
    }

    [Fact]
    public async Task AnotherKeysConversation_OrAnUnknownOne_Is404NamingConversationId_AndCallsNoModel()
    {
        var host = await StartAsync();
        var published = await host.PublishTemplateAsync();
        await using var first = await host.PublishedRuns.StartAsync(new PublishedRunRequest(published.Slug!, Billing, Ci.Id, Ci.Name), Cancel);
        await first.Completion;
        host.Model.Calls.Clear();

        var otherKey = await Assert.ThrowsAsync<ApiRequestException>(() => host.PublishedRuns.StartAsync(new PublishedRunRequest(published.Slug!, "Hi", Other.Id, Other.Name) { ConversationId = first.ConversationId }, Cancel));
        var unknown = await Assert.ThrowsAsync<ApiRequestException>(() => host.PublishedRuns.StartAsync(new PublishedRunRequest(published.Slug!, "Hi", Ci.Id, Ci.Name) { ConversationId = "conv_nope" }, Cancel));

        Assert.All([otherKey, unknown], e => Assert.Equal((404, "conversationId", "conversation_not_found"), (e.StatusCode, e.Param, e.Code)));
        Assert.Contains("conv_nope", unknown.Message, StringComparison.Ordinal);
        Assert.Empty(host.Model.Calls);
    }

    [Fact]
    public async Task AnUnknownSlug_Is404_AndAnUnpublishedDesign_Is409WithAMessage()
    {
        var host = await StartAsync();
        var draft = await host.CreateTemplateAsync();

        var unknown = await Assert.ThrowsAsync<ApiRequestException>(() => host.PublishedRuns.StartAsync(new PublishedRunRequest("no-such-design", "Hi", Ci.Id, Ci.Name), Cancel));
        var unpublished = await Assert.ThrowsAsync<ApiRequestException>(() => host.PublishedRuns.StartAsync(new PublishedRunRequest(draft.Slug!, "Hi", Ci.Id, Ci.Name), Cancel));

        Assert.Equal((404, "design_not_found"), (unknown.StatusCode, unknown.Code));
        Assert.Contains("no-such-design", unknown.Message, StringComparison.Ordinal);
        Assert.Equal((409, "design_not_published"), (unpublished.StatusCode, unpublished.Code));
        Assert.Contains("not published", unpublished.Message, StringComparison.Ordinal);
        Assert.Empty(host.Model.Calls);
        Assert.Empty(await host.Runs.ListAsync(draft.Id, Cancel));
    }

    [Theory]
    [InlineData("", null, null, "input")]
    [InlineData("  ", null, null, "input")]
    [InlineData("Hi", 0, null, "maxTurns")]
    [InlineData("Hi", 101, null, "maxTurns")]
    [InlineData("Hi", null, " ", "model")]
    public async Task AnInvalidField_Is400NamingIt_AndCallsNoModel(string input, int? maxTurns, string? model, string field)
    {
        var host = await StartAsync();
        var published = await host.PublishTemplateAsync();

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => host.PublishedRuns.StartAsync(new PublishedRunRequest(published.Slug!, input, Ci.Id, Ci.Name) { MaxTurns = maxTurns, Model = model }, Cancel));

        Assert.Equal((400, field), (error.StatusCode, error.Param));
        Assert.Contains(field, error.Message, StringComparison.Ordinal);
        Assert.Empty(host.Model.Calls);
    }

    [Fact]
    public async Task Cancelling_StopsTheModelStream_AndStoresTheRunAsCancelled()
    {
        var host = await StartAsync(TimeSpan.FromMilliseconds(200));
        var published = await host.PublishTemplateAsync();
        using var caller = CancellationTokenSource.CreateLinkedTokenSource(Cancel);
        await using var run = await host.PublishedRuns.StartAsync(new PublishedRunRequest(published.Slug!, Billing, Ci.Id, Ci.Name), caller.Token);
        await foreach (var _ in run.ReadEventsAsync(Cancel))
        {
            // The first event: the run is under way.
            break;
        }

        await caller.CancelAsync();
        var result = await run.Completion;

        Assert.Equal(RunStatus.Cancelled, result.Status);
        Assert.True(host.Model.Calls.Last().CancellationToken.IsCancellationRequested);
        Assert.Equal(RunStatus.Cancelled, (await host.Runs.GetAsync(run.RunId, Cancel))!.Status);
    }

    private async Task<RunApiTestHost> StartAsync(TimeSpan? chunkDelay = null) => _host = await RunApiTestHost.StartAsync(chunkDelay);

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
