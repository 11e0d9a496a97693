using System.Text.Json.Serialization;

namespace AgentStudio.Api.OpenAi;

/// <summary>
/// One server-sent event of a streamed chat completion: a <c>chat.completion.chunk</c>. Every chunk of a completion
/// has the same id, creation time and model. <see cref="Usage"/> is written as null on every chunk but the last one
/// that <c>stream_options.include_usage</c> asks for, whose <see cref="Choices"/> are empty.
/// </summary>
/// <param name="Id">The completion's id, <c>chatcmpl-</c> and the run's id.</param>
/// <param name="Created">When the run started, in Unix seconds.</param>
/// <param name="Model">The design's slug.</param>
/// <param name="Choices">One choice, or none in the usage chunk.</param>
/// <param name="Usage">The run's usage in the last chunk; null otherwise.</param>
internal sealed record ChatCompletionChunk(string Id, long Created, string Model, IReadOnlyList<ChatCompletionChunkChoice> Choices, ChatCompletionUsage? Usage)
{
    /// <summary>Always <c>chat.completion.chunk</c>.</summary>
    [JsonPropertyOrder(-1)]
    public string Object => "chat.completion.chunk";
}

/// <summary>A choice of <see cref="ChatCompletionChunk"/>.</summary>
/// <param name="Index">Always 0.</param>
/// <param name="Delta">What this chunk adds to the message.</param>
/// <param name="FinishReason">Null until the last choice chunk, which says <c>stop</c>.</param>
internal sealed record ChatCompletionChunkChoice(int Index, ChatCompletionDelta Delta, string? FinishReason)
{
    /// <summary>Never given.</summary>
    public object? Logprobs => null;
}

/// <summary>What a chunk adds: the role on the first chunk, text on the next ones, nothing on the last.</summary>
/// <param name="Role"><c>assistant</c> on the first chunk, otherwise null (not written).</param>
/// <param name="Content">New text; null (not written) on the last chunk.</param>
internal sealed record ChatCompletionDelta(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Role,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Content);
