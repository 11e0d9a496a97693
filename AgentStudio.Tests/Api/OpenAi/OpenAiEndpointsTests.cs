using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace AgentStudio.Tests.Api.OpenAi;

/// <summary>
/// <c>/v1/models</c> and <c>/v1/chat/completions</c> on the real app, over raw HTTP as any OpenAI client speaks it: the
/// wire format of answers and streams, the errors, and the stored API run behind each completion.
/// </summary>
public sealed class OpenAiEndpointsTests(OpenAiAppFixture app) : IClassFixture<OpenAiAppFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Models_ListsThePublishedDesigns_AsModels()
    {
        using var client = app.Client();

        using var response = await client.GetAsync("/v1/models", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await JsonAsync(response);
        Assert.Equal("list", body.GetProperty("object").GetString());
        var model = Assert.Single(body.GetProperty("data").EnumerateArray());
        Assert.Equal((OpenAiAppFixture.Slug, "model", "agentstudio"), (model.GetProperty("id").GetString(), model.GetProperty("object").GetString(), model.GetProperty("owned_by").GetString()));
        Assert.InRange(model.GetProperty("created").GetInt64(), DateTimeOffset.UtcNow.AddHours(-1).ToUnixTimeSeconds(), DateTimeOffset.UtcNow.ToUnixTimeSeconds());
    }

    [Fact]
    public async Task AModel_IsAPublishedDesign_AndAnUnknownOneIs404()
    {
        using var client = app.Client();

        using var found = await client.GetAsync($"/v1/models/{OpenAiAppFixture.Slug}", Cancel);
        using var unknown = await client.GetAsync("/v1/models/no-such-design", Cancel);
        using var unpublished = await client.GetAsync($"/v1/models/{OpenAiAppFixture.UnpublishedSlug}", Cancel);

        Assert.Equal((HttpStatusCode.OK, OpenAiAppFixture.Slug), (found.StatusCode, (await JsonAsync(found)).GetProperty("id").GetString()));
        Assert.Equal((HttpStatusCode.NotFound, "model_not_found"), (unknown.StatusCode, (await JsonAsync(unknown)).GetProperty("error").GetProperty("code").GetString()));
        Assert.Equal((HttpStatusCode.Conflict, "design_not_published"), (unpublished.StatusCode, (await JsonAsync(unpublished)).GetProperty("error").GetProperty("code").GetString()));
    }

    [Theory]
    [InlineData("GET", "/v1/models")]
    [InlineData("POST", "/v1/chat/completions")]
    public async Task WithoutAKey_Is401_WithAnOpenAIErrorBody(string method, string path)
    {
        using var client = app.Client(withKey: false);

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = method == "POST" ? Body(Request("hi")) : null }, Cancel);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("invalid_api_key", (await JsonAsync(response)).GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task ACompletion_AnswersAChatCompletion_WithTheRunsFinalOutputAndUsage_AndStoresTheApiRun()
    {
        using var client = app.Client();

        using var response = await client.PostAsync("/v1/chat/completions", Body(Request("I was charged twice for my subscription")), Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await JsonAsync(response);
        Assert.Equal(("chat.completion", OpenAiAppFixture.Slug), (body.GetProperty("object").GetString(), body.GetProperty("model").GetString()));
        var choice = Assert.Single(body.GetProperty("choices").EnumerateArray());
        Assert.Equal((0, "stop", "assistant"), (choice.GetProperty("index").GetInt32(), choice.GetProperty("finish_reason").GetString(), choice.GetProperty("message").GetProperty("role").GetString()));
        var content = choice.GetProperty("message").GetProperty("content").GetString();
        Assert.False(string.IsNullOrWhiteSpace(content));
        var usage = body.GetProperty("usage");
        Assert.True(usage.GetProperty("prompt_tokens").GetInt64() > 0);
        Assert.Equal(usage.GetProperty("prompt_tokens").GetInt64() + usage.GetProperty("completion_tokens").GetInt64(), usage.GetProperty("total_tokens").GetInt64());

        var runId = body.GetProperty("id").GetString()!["chatcmpl-".Length..];
        Assert.Equal(Guid.Parse(runId).ToString(), Assert.Single(response.Headers.GetValues("AgentStudio-Run-Id")));
        using var stored = await client.GetAsync($"/api/runs/{Guid.Parse(runId)}", Cancel);
        Assert.Equal(HttpStatusCode.OK, stored.StatusCode);
        var record = await JsonAsync(stored);
        Assert.Equal((OpenAiAppFixture.KeyName, content, "I was charged twice for my subscription"), (record.GetProperty("apiKeyName").GetString(), record.GetProperty("finalOutput").GetString(), record.GetProperty("input").GetString()));
    }

    [Fact]
    public async Task AStream_IsChatCompletionChunks_OfTheFinalAgentsText_ThenAUsageChunk_ThenDone()
    {
        using var client = app.Client();
        var request = new HttpRequestMessage(HttpMethod.Post, "/v1/chat/completions") { Content = Body(Request("I was charged twice for my subscription", stream: true, includeUsage: true)) };

        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        var data = await ServerSentEventDataAsync(response);
        Assert.Equal("[DONE]", data[^1]);
        var chunks = data[..^1].Select(d => JsonDocument.Parse(d).RootElement).ToList();
        Assert.All(chunks, c => Assert.Equal("chat.completion.chunk", c.GetProperty("object").GetString()));
        Assert.Single(chunks.Select(c => c.GetProperty("id").GetString()).Distinct());
        Assert.Equal("assistant", chunks[0].GetProperty("choices")[0].GetProperty("delta").GetProperty("role").GetString());
        var texts = chunks.Where(c => c.GetProperty("choices").GetArrayLength() > 0 && c.GetProperty("choices")[0].GetProperty("delta").TryGetProperty("content", out _))
            .Select(c => c.GetProperty("choices")[0].GetProperty("delta").GetProperty("content").GetString())
            .ToList();
        Assert.True(texts.Count(t => t!.Length > 0) > 1, "The answer comes in several chunks.");
        Assert.Equal("stop", chunks[^2].GetProperty("choices")[0].GetProperty("finish_reason").GetString());
        Assert.Equal(0, chunks[^1].GetProperty("choices").GetArrayLength());
        Assert.True(chunks[^1].GetProperty("usage").GetProperty("total_tokens").GetInt64() > 0);

        using var stored = await client.GetAsync($"/api/runs/{Guid.Parse(chunks[0].GetProperty("id").GetString()!["chatcmpl-".Length..])}", Cancel);
        var record = await JsonAsync(stored);
        Assert.Equal(("completed", string.Concat(texts)), (record.GetProperty("status").GetString(), record.GetProperty("finalOutput").GetString()));
    }

    [Fact]
    public async Task AnUnknownModel_Is404_ModelNotFound()
    {
        using var client = app.Client();

        using var response = await client.PostAsync("/v1/chat/completions", Body(Request("hi", model: "no-such-design")), Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var error = (await JsonAsync(response)).GetProperty("error");
        Assert.Equal(("model_not_found", "model", "invalid_request_error"), (error.GetProperty("code").GetString(), error.GetProperty("param").GetString(), error.GetProperty("type").GetString()));
        Assert.Contains("no-such-design", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnpublishedDesign_Is409_SayingToPublishIt()
    {
        using var client = app.Client();

        using var response = await client.PostAsync("/v1/chat/completions", Body(Request("hi", model: OpenAiAppFixture.UnpublishedSlug)), Cancel);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var error = (await JsonAsync(response)).GetProperty("error");
        Assert.Equal(("design_not_published", "model"), (error.GetProperty("code").GetString(), error.GetProperty("param").GetString()));
        Assert.Contains("Publish", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"model":"customer-support-triage","messages":[{"role":"assistant","content":"hello"}]}""", "messages[0].role")]
    [InlineData("""{"model":"customer-support-triage"}""", "messages")]
    [InlineData("""{"model":"customer-support-triage","stream":"yes","messages":[{"role":"user","content":"hi"}]}""", "stream")]
    [InlineData("not json", "body")]
    public async Task AnInvalidBody_Is400_NamingTheParameter(string json, string param)
    {
        using var client = app.Client();

        using var response = await client.PostAsync("/v1/chat/completions", Body(json), Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await JsonAsync(response)).GetProperty("error");
        Assert.Equal((param, "invalid_request_error"), (error.GetProperty("param").GetString(), error.GetProperty("type").GetString()));
    }

    [Fact]
    public async Task ABodyOverTheLimit_Is413_WithAnOpenAIErrorBody()
    {
        using var client = app.Client();

        using var response = await client.PostAsync("/v1/chat/completions", Body(Request(new string('x', 1024 * 1024))), Cancel);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var error = (await JsonAsync(response)).GetProperty("error");
        Assert.Equal(("request_too_large", "body"), (error.GetProperty("code").GetString(), error.GetProperty("param").GetString()));
    }

    private static string Request(string input, string model = OpenAiAppFixture.Slug, bool stream = false, bool includeUsage = false) =>
        JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["model"] = model,
            ["messages"] = new[] { new Dictionary<string, string> { ["role"] = "user", ["content"] = input } },
            ["stream"] = stream,
            ["stream_options"] = includeUsage ? new Dictionary<string, bool> { ["include_usage"] = true } : null,
        });

    private static StringContent Body(string json) => new(json, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel)).RootElement;

    // Reads the stream as an EventSource does: "data:" lines, an event ends at a blank line.
    private static async Task<List<string>> ServerSentEventDataAsync(HttpResponseMessage response)
    {
        var data = new List<string>();
        await foreach (var item in System.Net.ServerSentEvents.SseParser.Create(await response.Content.ReadAsStreamAsync(Cancel)).EnumerateAsync(Cancel))
        {
            data.Add(item.Data);
        }

        return data;
    }
}
