namespace AgentStudio.Benchmarks.Hybrid;

/// <summary>
/// One way of running <see cref="HybridConversation"/> on a given chat client: what a <see cref="HybridRunBenchmarks"/>
/// case measures, and what <see cref="WorkCheck"/> runs once to prove the work it does.
/// </summary>
internal abstract class HybridRunCase : IAsyncDisposable
{
    /// <summary>Runs the conversation once.</summary>
    /// <returns>The name of the agent that answered, as the framework reports it.</returns>
    /// <exception cref="InvalidOperationException">The run failed or ended without an answer.</exception>
    public abstract Task<string?> RunAsync();

    public virtual ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
