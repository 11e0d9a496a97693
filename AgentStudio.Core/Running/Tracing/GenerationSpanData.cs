using System.Text.Json.Nodes;
using AgentStudio.Core.Running.Loop;
using AgentStudio.Core.Running.Tools;
using Microsoft.Extensions.AI;

namespace AgentStudio.Core.Running.Tracing;

/// <summary>What a generation span records of a model call: its settings, the messages in and out.</summary>
internal static class GenerationSpanData
{
    /// <summary>
    /// Starts the generation span of a call of <paramref name="model"/> with the call's model, settings and input; the
    /// model the design asked for too when another answers.
    /// </summary>
    public static TraceSpan Start(RunTrace trace, TraceSpan? parent, string model, IEnumerable<ChatMessage> messages, ChatOptions? options, string? designedModel = null)
    {
        var span = trace.Start(SpanKind.Generation, model, parent);
        span.SetData(SpanDataKeys.Model, model);
        if (designedModel is not null && designedModel != model)
        {
            span.SetData(SpanDataKeys.DesignedModel, designedModel);
        }

        span.SetData(SpanDataKeys.ModelSettings, Settings(options ?? new ChatOptions()));
        // The input is the run's history, whose model answers and tool outputs were masked when they joined it.
        span.SetData(SpanDataKeys.Input, new JsonArray([.. messages.Select(m => Message(m, SecretMasker.None))]));
        return span;
    }

    /// <summary>Records the answer: token counts, the messages out (their text masked) and the model that answered.</summary>
    public static void RecordResponse(TraceSpan span, ChatResponse response, SecretMasker masker)
    {
        span.SetData(SpanDataKeys.InputTokens, response.Usage?.InputTokenCount ?? 0);
        span.SetData(SpanDataKeys.OutputTokens, response.Usage?.OutputTokenCount ?? 0);
        span.SetData(SpanDataKeys.Output, new JsonArray([.. response.Messages.Select(m => Message(m, masker))]));
        if (response.ModelId is { } modelId)
        {
            span.SetData(SpanDataKeys.ResponseModel, modelId);
        }
    }

    private static JsonObject Settings(ChatOptions options) => new()
    {
        ["temperature"] = options.Temperature,
        ["top_p"] = options.TopP,
        ["max_output_tokens"] = options.MaxOutputTokens,
        ["tool_choice"] = options.ToolMode switch
        {
            null => null,
            RequiredChatToolMode { RequiredFunctionName: { } name } => name,
            RequiredChatToolMode => "required",
            NoneChatToolMode => "none",
            _ => "auto",
        },
        ["tools"] = new JsonArray([.. (options.Tools ?? []).Select(t => (JsonNode?)t.Name)]),
        ["output_schema"] = options.ResponseFormat is ChatResponseFormatJson { Schema: { } schema } ? JsonNode.Parse(schema.GetRawText()) : null,
    };

    // A server may echo a key back in its answer: text is masked before it enters the trace.
    private static JsonNode Message(ChatMessage message, SecretMasker masker)
    {
        var node = new JsonObject { ["role"] = message.Role.Value };
        if (message.Text is { Length: > 0 } text)
        {
            node["text"] = masker.Apply(text);
        }

        var calls = message.Contents.OfType<FunctionCallContent>().ToList();
        if (calls.Count > 0)
        {
            node["tool_calls"] = new JsonArray([.. calls.Select(c => (JsonNode?)new JsonObject { ["id"] = c.CallId, ["name"] = c.Name, ["arguments"] = ToolCalls.ArgumentsText(c) })]);
        }

        var results = message.Contents.OfType<FunctionResultContent>().ToList();
        if (results.Count > 0)
        {
            node["tool_outputs"] = new JsonArray([.. results.Select(r => (JsonNode?)new JsonObject { ["id"] = r.CallId, ["output"] = r.Result?.ToString() })]);
        }

        return node;
    }
}
