namespace AgentStudio.Core.Running;

/// <summary>What a run used: model requests and tokens, summed over every model call (nested runs included).</summary>
/// <param name="Requests">Model calls.</param>
/// <param name="InputTokens">Prompt tokens.</param>
/// <param name="OutputTokens">Completion tokens.</param>
public sealed record RunUsage(int Requests, long InputTokens, long OutputTokens)
{
    /// <summary>Nothing used.</summary>
    public static RunUsage None { get; } = new(0, 0, 0);

    /// <summary>Input and output tokens together.</summary>
    public long TotalTokens => InputTokens + OutputTokens;

    /// <summary>The sum of two usages.</summary>
    public static RunUsage operator +(RunUsage left, RunUsage right) =>
        new(left.Requests + right.Requests, left.InputTokens + right.InputTokens, left.OutputTokens + right.OutputTokens);

    /// <summary>The sum of two usages.</summary>
    public static RunUsage Add(RunUsage left, RunUsage right) => left + right;
}
