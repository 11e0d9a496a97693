using System.Runtime.CompilerServices;
using System.Text;
using AgentStudio.Core.Running.Requests;
using Microsoft.Extensions.AI;
using OpenAI.Chat;
using ChatMessage = Microsoft.Extensions.AI.ChatMessage;
using ChatResponseFormat = Microsoft.Extensions.AI.ChatResponseFormat;

namespace AgentStudio.Core.Running.Models.Providers;

/// <summary>
/// Writes the request shaped above the model (<see cref="AgentRequestOptions"/>) onto the Chat Completions wire as
/// the Agents SDK's <c>OpenAIChatCompletionsModel</c> sends it, where Microsoft.Extensions.AI's OpenAI client would
/// send something else: each tool's <c>strict</c> flag and schema as given (no schema rewriting), <c>tool_choice</c>
/// only when one is set, the response format's name, schema and <c>strict</c> as given, <c>max_tokens</c>, and
/// assistant messages with <c>"content": null</c> when they only call tools and the calls' arguments verbatim. On
/// the way back it keeps each call's arguments text as received (<see cref="CallArguments"/>).
/// </summary>
/// <remarks>
/// Thread-safe if the inner client is. Put it innermost, right on the client from <c>AsIChatClient()</c>: it hands
/// that client an OpenAI <see cref="ChatCompletionOptions"/> through <see cref="ChatOptions.RawRepresentationFactory"/>
/// and OpenAI messages through <see cref="ChatMessage.RawRepresentation"/>, the hooks Microsoft.Extensions.AI offers.
/// </remarks>
public sealed class ChatCompletionsRequestChatClient : DelegatingChatClient
{
    /// <summary>A client writing requests for <paramref name="innerClient"/>, an OpenAI chat client.</summary>
    public ChatCompletionsRequestChatClient(IChatClient innerClient)
        : base(innerClient)
    {
    }

    /// <inheritdoc />
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var response = await base.GetResponseAsync(WireMessages(messages), WireOptions(options), cancellationToken).ConfigureAwait(false);
        foreach (var call in response.Messages.SelectMany(m => m.Contents).OfType<FunctionCallContent>())
        {
            if (call.RawRepresentation is ChatToolCall toolCall)
            {
                CallArguments.Keep(call, toolCall.FunctionArguments?.ToString() ?? "");
            }
        }

        return response;
    }

    /// <inheritdoc />
    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // The OpenAI client parses each call's arguments when the stream ends; the text it parsed is gathered here
        // from the raw chunks, by the call's index, so it can be kept verbatim.
        var arguments = new Dictionary<int, (string? Id, StringBuilder Text)>();
        await foreach (var update in base.GetStreamingResponseAsync(WireMessages(messages), WireOptions(options), cancellationToken).ConfigureAwait(false))
        {
            if (update.RawRepresentation is StreamingChatCompletionUpdate { ToolCallUpdates: { Count: > 0 } toolCalls })
            {
                foreach (var toolCall in toolCalls)
                {
                    var entry = arguments.TryGetValue(toolCall.Index, out var known) ? known : (null, new StringBuilder());
                    entry.Id ??= toolCall.ToolCallId;
                    entry.Text.Append(toolCall.FunctionArgumentsUpdate?.ToString());
                    arguments[toolCall.Index] = entry;
                }
            }

            foreach (var call in update.Contents.OfType<FunctionCallContent>())
            {
                if (arguments.Values.FirstOrDefault(a => a.Id == call.CallId) is { Text: { } text })
                {
                    CallArguments.Keep(call, text.ToString());
                }
            }

            yield return update;
        }
    }

    private static IEnumerable<ChatMessage> WireMessages(IEnumerable<ChatMessage> messages) =>
        messages.Select(m => m.Role == ChatRole.Assistant && m.RawRepresentation is not OpenAI.Chat.ChatMessage
            ? new ChatMessage(m.Role, m.Contents) { AuthorName = m.AuthorName, MessageId = m.MessageId, RawRepresentation = Assistant(m) }
            : m);

    // The SDK's items_to_messages: the text of the response as a string, its calls with their arguments as written,
    // and null content when the response only calls tools.
    private static AssistantChatMessage Assistant(ChatMessage message)
    {
        var text = string.Concat(message.Contents.OfType<TextContent>().Select(t => t.Text));
        var calls = message.Contents.OfType<FunctionCallContent>()
            .Select(c => ChatToolCall.CreateFunctionToolCall(c.CallId, c.Name, BinaryData.FromString(CallArguments.Text(c))))
            .ToList();
        if (calls.Count == 0)
        {
            return new AssistantChatMessage(text);
        }

        if (text.Length > 0)
        {
            var withText = new AssistantChatMessage(text);
            foreach (var call in calls)
            {
                withText.ToolCalls.Add(call);
            }

            return withText;
        }

        var callsOnly = new AssistantChatMessage(calls);
#pragma warning disable SCME0001 // JsonPatch is experimental; it is the OpenAI library's way to send a field as null.
        callsOnly.Patch.SetNull("$.content"u8);
#pragma warning restore SCME0001
        return callsOnly;
    }

    private static ChatOptions? WireOptions(ChatOptions? options)
    {
        if (options is null)
        {
            return null;
        }

        var wire = options.Clone();
        var tools = wire.Tools?.OfType<AIFunctionDeclaration>().ToList() ?? [];
        var toolMode = wire.ToolMode;
        var parallel = wire.AllowMultipleToolCalls;
        var format = wire.ResponseFormat;
        var maxTokens = wire.MaxOutputTokens;
        var strictFormat = wire.AdditionalProperties?.TryGetValue(ModelFunction.StrictKey, out var strict) == true && strict is bool isStrict ? isStrict : (bool?)null;

        // What the OpenAI client would fill in its own way is taken out of its reach and set on its options here.
        wire.Tools = null;
        wire.ToolMode = null;
        wire.AllowMultipleToolCalls = null;
        wire.ResponseFormat = null;
        wire.MaxOutputTokens = null;
        var outer = wire.RawRepresentationFactory;
        wire.RawRepresentationFactory = client =>
        {
            var request = outer?.Invoke(client) as ChatCompletionOptions ?? new ChatCompletionOptions();
            foreach (var tool in tools)
            {
                request.Tools.Add(ChatTool.CreateFunctionTool(tool.Name, tool.Description, BinaryData.FromString(tool.JsonSchema.GetRawText()), Strict(tool)));
            }

            if (request.Tools.Count > 0)
            {
                request.AllowParallelToolCalls ??= parallel;
                request.ToolChoice ??= ToolChoice(toolMode);
            }

            request.ResponseFormat ??= ResponseFormat(format, strictFormat);
            if (maxTokens is { } limit)
            {
                // The SDK's Chat Completions model sends max_tokens; the OpenAI library's property writes max_completion_tokens.
#pragma warning disable SCME0001 // JsonPatch is experimental; it is the OpenAI library's way to send a field it has no property for.
                request.Patch.Set("$.max_tokens"u8, limit);
#pragma warning restore SCME0001
            }

            return request;
        };
        return wire;
    }

    private static bool? Strict(AIFunctionDeclaration tool) => tool switch
    {
        ModelFunction function => function.Strict,
        _ when tool.AdditionalProperties.TryGetValue(ModelFunction.StrictKey, out var strict) && strict is bool value => value,
        _ => null,
    };

    private static ChatToolChoice? ToolChoice(ChatToolMode? mode) => mode switch
    {
        NoneChatToolMode => ChatToolChoice.CreateNoneChoice(),
        AutoChatToolMode => ChatToolChoice.CreateAutoChoice(),
        RequiredChatToolMode { RequiredFunctionName: { } name } => ChatToolChoice.CreateFunctionChoice(name),
        RequiredChatToolMode => ChatToolChoice.CreateRequiredChoice(),
        _ => null,
    };

    private static OpenAI.Chat.ChatResponseFormat? ResponseFormat(ChatResponseFormat? format, bool? strict) => format switch
    {
        ChatResponseFormatJson { Schema: { } schema } json => OpenAI.Chat.ChatResponseFormat.CreateJsonSchemaFormat(
            json.SchemaName ?? AgentRequestOptions.OutputSchemaName, BinaryData.FromString(schema.GetRawText()), json.SchemaDescription, strict),
        ChatResponseFormatJson => OpenAI.Chat.ChatResponseFormat.CreateJsonObjectFormat(),
        _ => null,
    };
}
