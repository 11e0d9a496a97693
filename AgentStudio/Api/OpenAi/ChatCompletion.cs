using System.Text.Json.Serialization;

namespace AgentStudio.Api.OpenAi;

/// <summary>The answer to a non-streaming chat completion: a <c>chat.completion</c> object with one choice.</summary>
/// <param name="Id">The completion's id, <c>chatcmpl-</c> and the run's id.</param>
/// <param name="Created">When the run started, in Unix seconds.</param>
/// <param name="Model">The design's slug.</param>
/// <param name="Choices">The one choice: the run's final output.</param>
/// <param name="Usage">The tokens of the whole run, every agent's model calls included.</param>
internal sealed record ChatCompletion(string Id, long Created, string Model, IReadOnlyList<ChatCompletionChoice> Choices, ChatCompletionUsage Usage)
{
    /// <summary>Always <c>chat.completion</c>.</summary>
    [JsonPropertyOrder(-1)]
    public string Object => "chat.completion";
}

/// <summary>A choice of <see cref="ChatCompletion"/>.</summary>
/// <param name="Index">Always 0.</param>
/// <param name="Message">The assistant's message.</param>
/// <param name="FinishReason">Always <c>stop</c>: a run that does not complete is answered with an error instead.</param>
internal sealed record ChatCompletionChoice(int Index, ChatCompletionMessage Message, string FinishReason)
{
    /// <summary>Never given.</summary>
    public object? Logprobs => null;
}

/// <summary>The assistant's message of a <see cref="ChatCompletionChoice"/>.</summary>
/// <param name="Content">The run's final output.</param>
internal sealed record ChatCompletionMessage(string Content)
{
    /// <summary>Always <c>assistant</c>.</summary>
    public string Role => "assistant";

    /// <summary>Never given.</summary>
    public string? Refusal => null;
}

/// <summary>The <c>usage</c> object: the run's tokens, summed over every model call.</summary>
/// <param name="PromptTokens">Input tokens.</param>
/// <param name="CompletionTokens">Output tokens.</param>
/// <param name="TotalTokens">Both.</param>
internal sealed record ChatCompletionUsage(long PromptTokens, long CompletionTokens, long TotalTokens)
{
    /// <summary>The usage of a run.</summary>
    public static ChatCompletionUsage From(AgentStudio.Core.Running.RunUsage usage) =>
        new(usage.InputTokens, usage.OutputTokens, usage.TotalTokens);
}
