using System.Text;
using System.Text.Json;
using Microsoft.Extensions.AI;

namespace AgentStudio.Api.OpenAi;

/// <summary>
/// What a chat completion request asks of a design: the last message (a user's) is the run's input, the earlier ones
/// the conversation history the entry agent is given, as if the design had said them. System and developer messages
/// stay in the history as system messages, after the agent's own instructions.
/// </summary>
/// <param name="Slug">The design's slug (the request's <c>model</c>).</param>
/// <param name="Input">The last user message's text.</param>
/// <param name="History">The earlier messages, in order.</param>
/// <param name="Stream">Whether the answer is streamed.</param>
/// <param name="IncludeUsage">Whether a streamed answer ends with a usage chunk.</param>
internal sealed record ChatConversation(string Slug, string Input, IReadOnlyList<ChatMessage> History, bool Stream, bool IncludeUsage)
{
    /// <summary>Reads and checks a request.</summary>
    /// <exception cref="ApiRequestException">A parameter is missing or cannot be served; the exception names it.</exception>
    public static ChatConversation From(ChatCompletionRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.Model))
        {
            throw ApiRequestException.InvalidField("model", "'model' is required: the slug of a published design (GET /v1/models lists them).");
        }

        if (request.N is { } n && n != 1)
        {
            throw ApiRequestException.InvalidField("n", $"'n' must be 1: a design gives one answer, and {n} were asked for.");
        }

        if (request.Messages is not { Count: > 0 } messages)
        {
            throw ApiRequestException.InvalidField("messages", "'messages' is required and must hold at least the user's message.");
        }

        var history = new List<ChatMessage>(messages.Count - 1);
        for (var i = 0; i < messages.Count - 1; i++)
        {
            history.Add(Read(messages[i], i));
        }

        var last = Read(messages[^1], messages.Count - 1);
        if (last.Role != ChatRole.User)
        {
            throw ApiRequestException.InvalidField($"messages[{messages.Count - 1}].role", $"messages[{messages.Count - 1}], the last message, must be the user's (role 'user'): it is the input the design answers; its role is '{messages[^1]!.Role}'.");
        }

        if (request.StreamOptions is not null && request.Stream != true)
        {
            throw ApiRequestException.InvalidField("stream_options", "'stream_options' is only allowed when 'stream' is true.");
        }

        if (string.IsNullOrWhiteSpace(last.Text))
        {
            throw ApiRequestException.InvalidField($"messages[{messages.Count - 1}].content", $"messages[{messages.Count - 1}].content, the user's input, has no text.");
        }

        return new ChatConversation(request.Model.Trim(), last.Text, history, request.Stream == true, request.StreamOptions?.IncludeUsage == true);
    }

    private static ChatMessage Read(ChatCompletionRequestMessage? message, int index)
    {
        var at = $"messages[{index}]";
        if (message is null)
        {
            throw ApiRequestException.InvalidField(at, $"{at} must be a message object with 'role' and 'content'.");
        }

        var role = message.Role switch
        {
            "user" => ChatRole.User,
            "assistant" => ChatRole.Assistant,
            "system" or "developer" => ChatRole.System,
            "tool" or "function" => throw ApiRequestException.InvalidField($"{at}.role", $"{at} has role '{message.Role}': tool results cannot be sent, the design's tools run inside AgentStudio."),
            null => throw ApiRequestException.InvalidField($"{at}.role", $"{at}.role is required: 'system', 'developer', 'user' or 'assistant'."),
            _ => throw ApiRequestException.InvalidField($"{at}.role", $"{at}.role '{message.Role}' is not one of 'system', 'developer', 'user' or 'assistant'."),
        };

        if (message.ToolCalls is { ValueKind: not JsonValueKind.Null })
        {
            throw ApiRequestException.InvalidField($"{at}.tool_calls", $"{at} has tool_calls: the design's tools run inside AgentStudio, so a conversation sent to it holds only text.");
        }

        return new ChatMessage(role, Text(message.Content, $"{at}.content"));
    }

    // OpenAI's content: a string, or an array of parts; a design reads text only.
    private static string Text(JsonElement content, string at)
    {
        switch (content.ValueKind)
        {
            case JsonValueKind.String:
                return content.GetString()!;
            case JsonValueKind.Array:
                var text = new StringBuilder();
                var i = 0;
                foreach (var part in content.EnumerateArray())
                {
                    var partAt = $"{at}[{i++}]";
                    if (part.ValueKind != JsonValueKind.Object || !part.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String)
                    {
                        throw ApiRequestException.InvalidField(partAt, $"{partAt} must be a content part with a 'type'.");
                    }

                    if (type.GetString() != "text")
                    {
                        throw ApiRequestException.InvalidField($"{partAt}.type", $"{partAt} is a '{type.GetString()}' part: a design reads text parts only.");
                    }

                    if (!part.TryGetProperty("text", out var partText) || partText.ValueKind != JsonValueKind.String)
                    {
                        throw ApiRequestException.InvalidField($"{partAt}.text", $"{partAt}.text is required: the part's text.");
                    }

                    text.Append(partText.GetString());
                }

                return text.ToString();
            case JsonValueKind.Undefined or JsonValueKind.Null:
                throw ApiRequestException.InvalidField(at, $"{at} is required: the message's text.");
            default:
                throw ApiRequestException.InvalidField(at, $"{at} must be a string or an array of text parts, not {content.ValueKind.ToString().ToLowerInvariant()}.");
        }
    }
}
