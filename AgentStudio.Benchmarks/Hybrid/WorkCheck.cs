namespace AgentStudio.Benchmarks.Hybrid;

/// <summary>
/// Proves a case does the conversation's work: runs it once, outside any measurement, on its own recording client,
/// and fails loudly when the model calls, the tools called or the answering agent differ from
/// <see cref="HybridConversation.Expected"/>. A benchmark that cannot notice it measures nothing is a defect.
/// </summary>
internal static class WorkCheck
{
    /// <summary>Runs a case once on a fresh in-memory client and reports the work it did.</summary>
    public static async Task<RunWork> RunOnceAsync(Func<Microsoft.Extensions.AI.IChatClient, HybridRunCase> createCase)
    {
        var toolCalls = new ToolCallLog();
        using var client = new InMemoryChatClient(toolCalls);
        await using var runCase = createCase(client);
        var answeringAgent = await runCase.RunAsync();
        return new RunWork(client.CallsServed, toolCalls.Snapshot(), answeringAgent);
    }

    /// <summary>Runs every case once and throws on the first whose work differs from the expected.</summary>
    /// <exception cref="InvalidOperationException">A case did other work than the conversation's.</exception>
    public static async Task EnsureAllDoTheSameWorkAsync()
    {
        foreach (var (name, createCase) in HybridRunCases.All)
        {
            Ensure(name, await RunOnceAsync(createCase), HybridConversation.Expected);
        }
    }

    /// <exception cref="InvalidOperationException"><paramref name="work"/> differs from <paramref name="expected"/>.</exception>
    public static void Ensure(string caseName, RunWork work, RunWork expected)
    {
        var differences = work.DifferencesFrom(expected);
        if (differences.Count > 0)
        {
            throw new InvalidOperationException($"Benchmark case {caseName} does not do the work it is compared on: {string.Join("; ", differences)}.");
        }
    }
}
