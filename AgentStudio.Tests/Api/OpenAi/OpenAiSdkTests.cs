using System.ClientModel;
using System.Net;
using System.Text;
using System.Text.Json;
using OpenAI;
using OpenAI.Chat;

namespace AgentStudio.Tests.Api.OpenAi;

/// <summary>
/// The official OpenAI .NET SDK pointed at the app's <c>/v1</c> with an API key, talking to the published
/// customer-support template on the simulated model as if it were a model: without streaming, streaming, over two turns.
/// </summary>
public sealed class OpenAiSdkTests(OpenAiAppFixture app) : IClassFixture<OpenAiAppFixture>
{
    private const string FirstQuestion = "I was charged twice for my subscription";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CompleteChat_AnswersWithTheDesignsFinalOutput()
    {
        var client = Client();

        ChatCompletion completion = await client.CompleteChatAsync([new UserChatMessage(FirstQuestion)], cancellationToken: Cancel);

        Assert.Equal(ChatFinishReason.Stop, completion.FinishReason);
        Assert.Equal(ChatMessageRole.Assistant, completion.Role);
        Assert.Equal(OpenAiAppFixture.Slug, completion.Model);
        Assert.StartsWith("BillingAgent (simulated model)", Assert.Single(completion.Content).Text, StringComparison.Ordinal);
        Assert.True(completion.Usage.InputTokenCount > 0);
        Assert.Equal(completion.Usage.InputTokenCount + completion.Usage.OutputTokenCount, completion.Usage.TotalTokenCount);
    }

    [Fact]
    public async Task CompleteChatStreaming_StreamsTheAnswerInChunks_AndEndsWithStopAndUsage()
    {
        var client = Client();
        var text = new StringBuilder();
        var updates = 0;
        ChatFinishReason? finish = null;
        ChatTokenUsage? usage = null;

        await foreach (var update in client.CompleteChatStreamingAsync([new UserChatMessage(FirstQuestion)], cancellationToken: Cancel))
        {
            updates++;
            foreach (var part in update.ContentUpdate)
            {
                text.Append(part.Text);
            }

            finish ??= update.FinishReason;
            usage ??= update.Usage;
        }

        Assert.StartsWith("BillingAgent (simulated model)", text.ToString(), StringComparison.Ordinal);
        Assert.True(updates > 3, $"The answer came in {updates} updates.");
        Assert.Equal(ChatFinishReason.Stop, finish);
        Assert.NotNull(usage);
        Assert.True(usage.TotalTokenCount > 0);
    }

    [Fact]
    public async Task ATwoTurnConversation_GivesTheFirstTurnToTheEntryAgent_AsHistory()
    {
        var client = Client();
        List<ChatMessage> messages = [new UserChatMessage(FirstQuestion)];
        ChatCompletion first = await client.CompleteChatAsync(messages, cancellationToken: Cancel);
        messages.Add(new AssistantChatMessage(first));
        messages.Add(new UserChatMessage("Please refund the duplicate"));

        ChatCompletion second = await client.CompleteChatAsync(messages, cancellationToken: Cancel);

        Assert.Contains("Please refund the duplicate", Assert.Single(second.Content).Text, StringComparison.Ordinal);
        var record = await StoredRunAsync(second.Id);
        Assert.Equal("Please refund the duplicate", record.GetProperty("input").GetString());
        // The entry agent's first model call was sent the first turn: the question and the design's answer to it.
        var firstCall = record.GetProperty("spans").EnumerateArray().First(s => s.GetProperty("kind").GetString() == "generation");
        var sent = firstCall.GetProperty("data").GetProperty("input").GetRawText();
        Assert.Contains(FirstQuestion, sent, StringComparison.Ordinal);
        Assert.Contains(first.Content[0].Text[.."BillingAgent (simulated model) here.".Length], sent, StringComparison.Ordinal);
        Assert.Equal("TriageAgent", record.GetProperty("spans").EnumerateArray().First(s => s.GetProperty("kind").GetString() == "agent").GetProperty("name").GetString());
    }

    [Fact]
    public async Task GetModels_ListsThePublishedDesign()
    {
        var models = new OpenAIClient(new ApiKeyCredential(app.Key), Options()).GetOpenAIModelClient();

        var list = await models.GetModelsAsync(Cancel);

        Assert.Equal([OpenAiAppFixture.Slug], list.Value.Select(m => m.Id));
        Assert.Equal("agentstudio", list.Value[0].OwnedBy);
    }

    [Fact]
    public async Task AnUnknownModel_RaisesTheOpenAIError_WithItsMessage()
    {
        var client = Client("no-such-design");

        var error = await Assert.ThrowsAsync<ClientResultException>(() => client.CompleteChatAsync([new UserChatMessage("hi")], cancellationToken: Cancel));

        Assert.Equal((int)HttpStatusCode.NotFound, error.Status);
        Assert.Contains("no-such-design", error.Message, StringComparison.Ordinal);
    }

    private ChatClient Client(string model = OpenAiAppFixture.Slug) => new(model, new ApiKeyCredential(app.Key), Options());

    private OpenAIClientOptions Options() => new() { Endpoint = new Uri(app.App.BaseAddress, "v1") };

    private async Task<JsonElement> StoredRunAsync(string completionId)
    {
        using var http = app.Client();
        var runId = Guid.Parse(completionId["chatcmpl-".Length..]);
        return JsonDocument.Parse(await http.GetStringAsync($"/api/runs/{runId}", Cancel)).RootElement;
    }
}
