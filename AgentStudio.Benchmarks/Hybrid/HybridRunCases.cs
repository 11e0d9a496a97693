using Microsoft.Extensions.AI;

namespace AgentStudio.Benchmarks.Hybrid;

/// <summary>Every case <see cref="HybridRunBenchmarks"/> measures, by the name of its benchmark method.</summary>
internal static class HybridRunCases
{
    public static IReadOnlyDictionary<string, Func<IChatClient, HybridRunCase>> All { get; } = new Dictionary<string, Func<IChatClient, HybridRunCase>>(StringComparer.Ordinal)
    {
        [nameof(HybridRunBenchmarks.AgentStudioRun)] = client => new AgentStudioRunCase(client),
        [nameof(HybridRunBenchmarks.AgentStudioCompileAndRun)] = client => new AgentStudioCompileAndRunCase(client),
        [nameof(HybridRunBenchmarks.AgentStudioStreaming)] = client => new AgentStudioStreamingCase(client),
        [nameof(HybridRunBenchmarks.AgentFrameworkRun)] = client => new AgentFrameworkHandoffCase(client),
    };
}
