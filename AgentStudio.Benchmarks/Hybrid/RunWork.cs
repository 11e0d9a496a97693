namespace AgentStudio.Benchmarks.Hybrid;

/// <summary>The work one run did, as seen from the model's side: what a benchmark case must prove it measured.</summary>
/// <param name="ModelCalls">The model calls the in-memory client served.</param>
/// <param name="ToolsCalled">The tools the model asked for, in order (see <see cref="ToolCallLog"/>).</param>
/// <param name="AnsweringAgent">The name of the agent whose answer ended the run, as the framework reports it.</param>
internal sealed record RunWork(int ModelCalls, IReadOnlyList<string> ToolsCalled, string? AnsweringAgent)
{
    /// <summary>How this work differs from <paramref name="expected"/>, one line per difference; empty when it is the same.</summary>
    public IReadOnlyList<string> DifferencesFrom(RunWork expected)
    {
        var differences = new List<string>();
        if (ModelCalls != expected.ModelCalls)
        {
            differences.Add($"{ModelCalls} model calls instead of {expected.ModelCalls}");
        }

        if (!ToolsCalled.SequenceEqual(expected.ToolsCalled, StringComparer.Ordinal))
        {
            differences.Add($"tools called [{string.Join(", ", ToolsCalled)}] instead of [{string.Join(", ", expected.ToolsCalled)}]");
        }

        if (!string.Equals(AnsweringAgent, expected.AnsweringAgent, StringComparison.Ordinal))
        {
            differences.Add($"answered by {AnsweringAgent ?? "nobody"} instead of {expected.AnsweringAgent}");
        }

        return differences;
    }

    public override string ToString() => $"{ModelCalls} model calls, tools [{string.Join(", ", ToolsCalled)}], answered by {AnsweringAgent ?? "nobody"}";
}
