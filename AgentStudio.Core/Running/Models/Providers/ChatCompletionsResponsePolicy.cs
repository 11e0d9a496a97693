using System.ClientModel.Primitives;
using System.Text.Json;
using AgentStudio.Core.Running.Models.Reliability;

namespace AgentStudio.Core.Running.Models.Providers;

/// <summary>
/// Looks at every 2xx answer before the OpenAI SDK reads it and refuses what is not a chat completion — an HTML page
/// from a proxy or captive portal, an empty body, text that is not JSON, JSON without choices — with a
/// <see cref="ModelCallException"/> that says which, instead of the SDK's parser errors or an empty answer.
/// </summary>
internal sealed class ChatCompletionsResponsePolicy : PipelinePolicy
{
    public static ChatCompletionsResponsePolicy Instance { get; } = new();

    public override void Process(PipelineMessage message, IReadOnlyList<PipelinePolicy> pipeline, int currentIndex)
    {
        ProcessNext(message, pipeline, currentIndex);
        if (message.BufferResponse)
        {
            // A no-op when the transport has buffered it already, as it does today.
            message.Response?.BufferContent();
        }

        Check(message);
    }

    public override async ValueTask ProcessAsync(PipelineMessage message, IReadOnlyList<PipelinePolicy> pipeline, int currentIndex)
    {
        await ProcessNextAsync(message, pipeline, currentIndex).ConfigureAwait(false);
        if (message.BufferResponse && message.Response is { } response)
        {
            // A no-op when the transport has buffered it already, as it does today.
            await response.BufferContentAsync().ConfigureAwait(false);
        }

        Check(message);
    }

    private static void Check(PipelineMessage message)
    {
        if (message.Response is not { Status: >= 200 and < 300 } response || Problem(message, response) is not { } problem)
        {
            return;
        }

        throw new ModelCallException($"{AnswerCheckingChatClient.NotAChatCompletion} ({problem})");
    }

    private static string? Problem(PipelineMessage message, PipelineResponse response)
    {
        if (response.Headers.TryGetValue("Content-Type", out var contentType) && contentType?.Contains("html", StringComparison.OrdinalIgnoreCase) == true)
        {
            return "an HTML page";
        }

        if (!message.BufferResponse)
        {
            // A stream is read as it comes; AnswerCheckingChatClient judges it by its end.
            return response.Headers.TryGetValue("Content-Length", out var length) && length == "0" ? "an empty body" : null;
        }

        var content = response.Content.ToMemory().Span;
        if (content.Trim(" \t\r\n"u8).IsEmpty)
        {
            return "an empty body";
        }

        if (content.TrimStart(" \t\r\n"u8) is [(byte)'<', ..])
        {
            return "an HTML page";
        }

        try
        {
            using var document = JsonDocument.Parse(response.Content.ToMemory());
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("choices", out var choices) && choices.ValueKind == JsonValueKind.Array
                ? null
                : "JSON without choices";
        }
        catch (JsonException)
        {
            return "text that is not JSON";
        }
    }
}
