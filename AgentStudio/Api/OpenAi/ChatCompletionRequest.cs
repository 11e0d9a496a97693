using System.Text.Json;

namespace AgentStudio.Api.OpenAi;

/// <summary>
/// The body of <c>POST /v1/chat/completions</c> as OpenAI's Chat Completions API defines it, of which a design uses
/// <see cref="Model"/> (its slug), <see cref="Messages"/>, <see cref="Stream"/> and <see cref="StreamOptions"/>. The
/// sampling parameters (<c>temperature</c>, <c>max_tokens</c>…) are the design's own settings and are not read.
/// </summary>
internal sealed class ChatCompletionRequest
{
    /// <summary>The published design's slug.</summary>
    public string? Model { get; set; }

    /// <summary>The conversation: earlier messages, then the user's message the design answers.</summary>
    public List<ChatCompletionRequestMessage?>? Messages { get; set; }

    /// <summary>Whether to stream <c>chat.completion.chunk</c>s as server-sent events.</summary>
    public bool? Stream { get; set; }

    /// <summary>Streaming options; only with <see cref="Stream"/>.</summary>
    public ChatCompletionStreamOptions? StreamOptions { get; set; }

    /// <summary>How many choices to make; a design makes one, so only 1 (or nothing) is accepted.</summary>
    public int? N { get; set; }
}

/// <summary>One message of <see cref="ChatCompletionRequest.Messages"/>.</summary>
internal sealed class ChatCompletionRequestMessage
{
    /// <summary><c>system</c>, <c>developer</c>, <c>user</c> or <c>assistant</c> (<c>tool</c> messages are refused).</summary>
    public string? Role { get; set; }

    /// <summary>A string, or an array of content parts of which only <c>{"type":"text","text":…}</c> is accepted.</summary>
    public JsonElement Content { get; set; }

    /// <summary>Tool calls of an earlier assistant message; refused, the design's tools run inside AgentStudio.</summary>
    public JsonElement? ToolCalls { get; set; }
}

/// <summary><c>stream_options</c>.</summary>
internal sealed class ChatCompletionStreamOptions
{
    /// <summary>Whether a last chunk with empty <c>choices</c> carries the whole run's usage.</summary>
    public bool? IncludeUsage { get; set; }
}
