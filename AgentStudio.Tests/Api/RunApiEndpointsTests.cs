using System.Net;
using System.Net.Http.Headers;
using System.Net.ServerSentEvents;
using System.Text;
using System.Text.Json;
using AgentStudio.Api;
using AgentStudio.Core.Running;
using AgentStudio.Core.Running.Events;
using AgentStudio.Core.Running.Records;
using AgentStudio.Security.ApiKeys;
using Microsoft.Extensions.DependencyInjection;

namespace AgentStudio.Tests.Api;

/// <summary>
/// The run API over HTTP, as a client calls it with an API key: the finished run as JSON, the run events as
/// Server-Sent Events parsed as a client parses them, the stored run, the published designs, and every error.
/// </summary>
public sealed class RunApiEndpointsTests : IAsyncDisposable
{
    private const string Billing = """{"input":"I was charged twice"}""";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private RunApiTestHost? _host;

    [Fact]
    public async Task Post_ReturnsTheFinishedRun_AndGetRun_ReturnsItsStoredDocument()
    {
        var host = await StartAsync();
        var design = await host.PublishTemplateAsync();
        using var client = host.Client(await host.CreateKeyAsync("ci"));

        using var response = await client.PostAsync($"/api/designs/{design.Slug}/runs", Json(Billing), Cancel);
        using var body = await ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var run = body.RootElement;
        Assert.Equal("completed", run.GetProperty("status").GetString());
        Assert.StartsWith("conv_", run.GetProperty("conversationId").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(run.GetProperty("finalOutput").GetString()));
        Assert.False(string.IsNullOrEmpty(run.GetProperty("lastAgent").GetString()));
        Assert.True(run.GetProperty("usage").GetProperty("requests").GetInt32() >= 1);
        Assert.Equal(JsonValueKind.Null, run.GetProperty("error").ValueKind);

        using var stored = await client.GetAsync($"/api/runs/{run.GetProperty("runId").GetString()}", Cancel);
        using var document = await ReadJsonAsync(stored);
        Assert.Equal(HttpStatusCode.OK, stored.StatusCode);
        Assert.Equal("agentstudio.run", document.RootElement.GetProperty("format").GetString());
        Assert.Equal("ci", document.RootElement.GetProperty("apiKeyName").GetString());
        Assert.Equal(run.GetProperty("finalOutput").GetString(), document.RootElement.GetProperty("finalOutput").GetString());
        Assert.NotEmpty(document.RootElement.GetProperty("spans").EnumerateArray());
    }

    [Fact]
    public async Task Post_WithAcceptEventStream_StreamsTheRunEvents_NamedByType_EndingWithOneTerminalEvent()
    {
        var host = await StartAsync();
        var design = await host.PublishTemplateAsync();
        using var client = host.Client(await host.CreateKeyAsync());
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/designs/{design.Slug}/runs") { Content = Json(Billing) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));

        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, Cancel);
        var events = new List<SseItem<string>>();
        await foreach (var item in SseParser.Create(await response.Content.ReadAsStreamAsync(Cancel)).EnumerateAsync(Cancel))
        {
            events.Add(item);
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(RunEventTypes.AgentUpdated, events[0].EventType);
        Assert.Contains(events, e => e.EventType == RunEventTypes.TextDelta);
        Assert.Contains(events, e => e.EventType == RunEventTypes.HandoffOccurred);
        Assert.Equal(RunEventTypes.RunCompleted, events[^1].EventType);
        Assert.Single(events, e => e.EventType is RunEventTypes.RunCompleted or RunEventTypes.RunFailed or RunEventTypes.RunCancelled);
        Assert.All(events, e =>
        {
            using var data = JsonDocument.Parse(e.Data);
            Assert.Equal(e.EventType, data.RootElement.GetProperty("type").GetString());
        });
        var runId = Guid.Parse(response.Headers.GetValues(RunApiEndpoints.RunIdHeader).Single());
        var stored = await host.Runs.GetAsync(runId, Cancel);
        Assert.Equal(RunStatus.Completed, stored?.Status);
        Assert.Equal(response.Headers.GetValues(RunApiEndpoints.ConversationIdHeader).Single(), stored?.ConversationId);
    }

    [Fact]
    public async Task AConversationId_GoesOnWithTheConversation()
    {
        var host = await StartAsync();
        var design = await host.PublishTemplateAsync();
        using var client = host.Client(await host.CreateKeyAsync());
        using var first = await ReadJsonAsync(await client.PostAsync($"/api/designs/{design.Slug}/runs", Json(Billing), Cancel));
        var conversation = first.RootElement.GetProperty("conversationId").GetString();
        host.Model.Calls.Clear();

        using var second = await ReadJsonAsync(await client.PostAsync($"/api/designs/{design.Slug}/runs", Json($$"""{"input":"Thanks","conversationId":"{{conversation}}"}"""), Cancel));

        Assert.Equal(conversation, second.RootElement.GetProperty("conversationId").GetString());
        Assert.Equal(first.RootElement.GetProperty("lastAgent").GetString(), host.Model.Calls.First().Agent);
        Assert.Contains(host.Model.Calls.First().Messages, m => m.Text == "I was charged twice");
    }

    [Fact]
    public async Task AConversationOfAnotherKey_WithTheSameName_IsUnknown_AsAnUnknownConversationIs()
    {
        var host = await StartAsync();
        var design = await host.PublishTemplateAsync();
        var keys = host.Services.GetRequiredService<ApiKeyStore>();
        using var first = host.Client(await host.CreateKeyAsync("ci"));
        using var started = await ReadJsonAsync(await first.PostAsync($"/api/designs/{design.Slug}/runs", Json(Billing), Cancel));
        var conversation = started.RootElement.GetProperty("conversationId").GetString();
        // Names are unique only among keys in use: once the first is revoked, a second key may take its name.
        Assert.True(await keys.RevokeAsync("ci", Cancel));
        using var second = host.Client(await host.CreateKeyAsync("ci"));

        using var theirs = await second.PostAsync($"/api/designs/{design.Slug}/runs", Json($$"""{"input":"Thanks","conversationId":"{{conversation}}"}"""), Cancel);
        using var unknown = await second.PostAsync($"/api/designs/{design.Slug}/runs", Json("""{"input":"Thanks","conversationId":"conv_unknown"}"""), Cancel);

        await AssertErrorAsync(theirs, HttpStatusCode.NotFound, "conversation_not_found", "conversationId", conversation!);
        await AssertErrorAsync(unknown, HttpStatusCode.NotFound, "conversation_not_found", "conversationId", "conv_unknown");
    }

    [Fact]
    public async Task GetRun_AnswersOnlyTheKeyThatStartedIt_OtherRunsAre404_AsAnUnknownRunIs()
    {
        var host = await StartAsync();
        var design = await host.PublishTemplateAsync();
        var keys = host.Services.GetRequiredService<ApiKeyStore>();
        using var owner = host.Client(await host.CreateKeyAsync("ci"));
        using var other = host.Client(await host.CreateKeyAsync("other"));
        using var started = await ReadJsonAsync(await owner.PostAsync($"/api/designs/{design.Slug}/runs", Json(Billing), Cancel));
        var runId = started.RootElement.GetProperty("runId").GetString();
        var playground = new RunRecord
        {
            Id = Guid.NewGuid(), DesignId = design.Id, DesignName = design.Document.Name, Input = "Hello", Models = "designed", Status = RunStatus.Completed,
            LastAgent = "Triage", StartedAt = DateTimeOffset.UnixEpoch, DurationMs = 1, Usage = new RunUsage(1, 1, 1), Turns = 1, Items = [], Spans = [],
        };
        await host.Runs.SaveAsync(playground, Cancel);

        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync($"/api/runs/{runId}", Cancel)).StatusCode);
        await AssertErrorAsync(await other.GetAsync($"/api/runs/{runId}", Cancel), HttpStatusCode.NotFound, "run_not_found", "runId", $"No run {runId} is stored.");
        await AssertErrorAsync(await owner.GetAsync($"/api/runs/{playground.Id}", Cancel), HttpStatusCode.NotFound, "run_not_found", "runId", $"No run {playground.Id} is stored.");
        // A later key with the owner's name is another key: the run stays the first key's.
        Assert.True(await keys.RevokeAsync("ci", Cancel));
        using var sameName = host.Client(await host.CreateKeyAsync("ci"));
        await AssertErrorAsync(await sameName.GetAsync($"/api/runs/{runId}", Cancel), HttpStatusCode.NotFound, "run_not_found", "runId", $"No run {runId} is stored.");
    }

    [Fact]
    public async Task ARunThatFails_Is200_WithStatusFailed_AndItsErrorKindAndMessage()
    {
        var host = await StartAsync();
        var design = await host.PublishTemplateAsync();
        using var client = host.Client(await host.CreateKeyAsync());

        using var response = await client.PostAsync($"/api/designs/{design.Slug}/runs", Json("""{"input":"I was charged twice","maxTurns":1}"""), Cancel);
        using var body = await ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("failed", body.RootElement.GetProperty("status").GetString());
        Assert.Equal("max_turns_exceeded", body.RootElement.GetProperty("error").GetProperty("kind").GetString());
        Assert.False(string.IsNullOrEmpty(body.RootElement.GetProperty("error").GetProperty("message").GetString()));
    }

    [Fact]
    public async Task GetDesigns_ListsThePublishedDesignsOnly()
    {
        var host = await StartAsync();
        var published = await host.PublishTemplateAsync("customer-support");
        await host.CreateTemplateAsync("research-manager");
        using var client = host.Client(await host.CreateKeyAsync());

        using var response = await client.GetAsync("/api/designs", Cancel);
        using var body = await ReadJsonAsync(response);

        var design = Assert.Single(body.RootElement.GetProperty("designs").EnumerateArray());
        Assert.Equal(published.Slug, design.GetProperty("slug").GetString());
        Assert.Equal(published.Document.Name, design.GetProperty("name").GetString());
        Assert.Equal(published.PublishedRevision, design.GetProperty("revision").GetInt32());
        Assert.Equal(published.Document.Description, design.GetProperty("description").GetString());
    }

    [Fact]
    public async Task UnknownSlug_Is404_UnpublishedDesign_Is409_UnknownRun_Is404_AsOpenAIStyleErrors()
    {
        var host = await StartAsync();
        var draft = await host.CreateTemplateAsync();
        using var client = host.Client(await host.CreateKeyAsync());

        await AssertErrorAsync(await client.PostAsync("/api/designs/nope/runs", Json(Billing), Cancel), HttpStatusCode.NotFound, "design_not_found", null, "nope");
        await AssertErrorAsync(await client.PostAsync($"/api/designs/{draft.Slug}/runs", Json(Billing), Cancel), HttpStatusCode.Conflict, "design_not_published", null, "not published");
        await AssertErrorAsync(await client.GetAsync($"/api/runs/{Guid.NewGuid()}", Cancel), HttpStatusCode.NotFound, "run_not_found", "runId", "No run");
        await AssertErrorAsync(await client.GetAsync("/api/runs/not-a-guid", Cancel), HttpStatusCode.BadRequest, "invalid_request", "runId", "not-a-guid");
        Assert.Empty(host.Model.Calls);
    }

    [Theory]
    [InlineData("""{"input":5}""", "input")]
    [InlineData("""{"input":"Hi","maxTurns":"ten"}""", "maxTurns")]
    [InlineData("""{"input":"Hi","maxTurns":0}""", "maxTurns")]
    [InlineData("""{"conversationId":"conv_x"}""", "input")]
    [InlineData("""not json""", "body")]
    [InlineData("""null""", "body")]
    public async Task AnInvalidBody_Is400NamingTheField_AndCallsNoModel(string json, string field)
    {
        var host = await StartAsync();
        var design = await host.PublishTemplateAsync();
        using var client = host.Client(await host.CreateKeyAsync());

        await AssertErrorAsync(await client.PostAsync($"/api/designs/{design.Slug}/runs", Json(json), Cancel), HttpStatusCode.BadRequest, "invalid_request", field, field);
        Assert.Empty(host.Model.Calls);
    }

    [Fact]
    public async Task ABodyOverTheConfiguredLimit_Is413_AndCallsNoModel()
    {
        _host = await RunApiTestHost.StartAsync(settings: new Dictionary<string, string?> { ["AgentStudio:Api:MaxRequestBodySize"] = "100" });
        var design = await _host.PublishTemplateAsync();
        using var client = _host.Client(await _host.CreateKeyAsync());
        var big = $$"""{"input":"{{new string('a', 200)}}"}""";

        await AssertErrorAsync(await client.PostAsync($"/api/designs/{design.Slug}/runs", Json(big), Cancel), HttpStatusCode.RequestEntityTooLarge, "request_too_large", "body", "100 bytes");
        Assert.Empty(_host.Model.Calls);
    }

    [Fact]
    public async Task WithoutAKey_EveryEndpoint_Is401_AndCallsNoModel()
    {
        var host = await StartAsync();
        var design = await host.PublishTemplateAsync();
        using var client = host.Client();

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsync($"/api/designs/{design.Slug}/runs", Json(Billing), Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/designs", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync($"/api/runs/{Guid.NewGuid()}", Cancel)).StatusCode);
        Assert.Empty(host.Model.Calls);
    }

    [Fact]
    public async Task AClientThatHangsUp_CancelsTheRun_StopsTheModelStream_AndTheRunIsStoredAsCancelled()
    {
        var host = await StartAsync(TimeSpan.FromMilliseconds(200));
        var design = await host.PublishTemplateAsync();
        var client = host.Client(await host.CreateKeyAsync());
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/designs/{design.Slug}/runs") { Content = Json(Billing) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, Cancel);
        var runId = Guid.Parse(response.Headers.GetValues(RunApiEndpoints.RunIdHeader).Single());
        await using (var stream = await response.Content.ReadAsStreamAsync(Cancel))
        {
            await SseParser.Create(stream).EnumerateAsync(Cancel).GetAsyncEnumerator(Cancel).MoveNextAsync();
        }

        // Hanging up: the connection closes mid-stream.
        response.Dispose();
        client.Dispose();
        request.Dispose();
        var stored = await EventuallyStoredAsync(host, runId);

        Assert.Equal(RunStatus.Cancelled, stored.Status);
        Assert.All(host.Model.Calls, c => Assert.True(c.CancellationToken.IsCancellationRequested));
    }

    private static async Task<AgentStudio.Core.Running.Records.RunRecord> EventuallyStoredAsync(RunApiTestHost host, Guid runId)
    {
        // The run is stored once it has stopped; the store is polled because nothing else signals it to a client that left.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Cancel);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        while (true)
        {
            if (await host.Runs.GetAsync(runId, Cancel) is { } stored)
            {
                return stored;
            }

            await Task.Delay(50, timeout.Token);
        }
    }

    private static async Task AssertErrorAsync(HttpResponseMessage response, HttpStatusCode status, string code, string? param, string messagePart)
    {
        using (response)
        {
            using var body = await ReadJsonAsync(response);
            var error = body.RootElement.GetProperty("error");
            Assert.Equal(status, response.StatusCode);
            Assert.Equal(code, error.GetProperty("code").GetString());
            Assert.Equal(param, error.GetProperty("param").GetString());
            Assert.Contains(messagePart, error.GetProperty("message").GetString(), StringComparison.Ordinal);
        }
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static async Task<JsonDocument> ReadJsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));

    private async Task<RunApiTestHost> StartAsync(TimeSpan? chunkDelay = null) => _host = await RunApiTestHost.StartAsync(chunkDelay);

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
