using AgentStudio.Benchmarks.Hybrid;
using BenchmarkDotNet.Attributes;

namespace AgentStudio.Benchmarks;

/// <summary>
/// The hybrid support template (triage hands off to billing, which calls two sub-agents as tools) run on a
/// zero-latency in-memory client: AgentStudio's runner against Microsoft Agent Framework's handoff workflow with
/// agents as functions. Every case does the same 5 model calls; the setup proves it before anything is measured
/// and the cleanup proves every measured run did them too.
/// </summary>
[MemoryDiagnoser]
public class HybridRunBenchmarks
{
    private readonly InMemoryChatClient _client = new();
    private HybridRunCase _agentStudioRun = null!;
    private HybridRunCase _agentStudioCompileAndRun = null!;
    private HybridRunCase _agentStudioStreaming = null!;
    private HybridRunCase _agentFrameworkRun = null!;
    private int _runs;

    /// <summary>Runs every case once on a recording client (outside the measurement), then builds the measured ones.</summary>
    /// <exception cref="InvalidOperationException">A case does not do the conversation's work; the run stops here.</exception>
    [GlobalSetup]
    public async Task SetupAsync()
    {
        await WorkCheck.EnsureAllDoTheSameWorkAsync();
        _agentStudioRun = HybridRunCases.All[nameof(AgentStudioRun)](_client);
        _agentStudioCompileAndRun = HybridRunCases.All[nameof(AgentStudioCompileAndRun)](_client);
        _agentStudioStreaming = HybridRunCases.All[nameof(AgentStudioStreaming)](_client);
        _agentFrameworkRun = HybridRunCases.All[nameof(AgentFrameworkRun)](_client);
    }

    [Benchmark(Baseline = true, Description = "AgentStudio RunAsync")]
    public Task<string?> AgentStudioRun() => Run(_agentStudioRun);

    [Benchmark(Description = "AgentStudio compile + RunAsync")]
    public Task<string?> AgentStudioCompileAndRun() => Run(_agentStudioCompileAndRun);

    [Benchmark(Description = "AgentStudio streaming")]
    public Task<string?> AgentStudioStreaming() => Run(_agentStudioStreaming);

    [Benchmark(Description = "Agent Framework handoff workflow")]
    public Task<string?> AgentFrameworkRun() => Run(_agentFrameworkRun);

    /// <summary>Checks that the measured runs, all together, made exactly their share of model calls.</summary>
    /// <exception cref="InvalidOperationException">Some measured run made other calls than the conversation's.</exception>
    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        var expected = _runs * HybridConversation.Expected.ModelCalls;
        if (_client.CallsServed != expected)
        {
            throw new InvalidOperationException($"{_runs} measured runs made {_client.CallsServed} model calls instead of {expected}.");
        }

        await _agentStudioRun.DisposeAsync();
        await _agentStudioCompileAndRun.DisposeAsync();
        await _agentStudioStreaming.DisposeAsync();
        await _agentFrameworkRun.DisposeAsync();
    }

    private Task<string?> Run(HybridRunCase runCase)
    {
        _runs++;
        return runCase.RunAsync();
    }
}
