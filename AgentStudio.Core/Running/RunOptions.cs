using AgentStudio.Core.Running.Tracing;

namespace AgentStudio.Core.Running;

/// <summary>How one run goes.</summary>
public sealed record RunOptions
{
    /// <summary>The default of <see cref="MaxTurns"/>, as in the OpenAI Agents SDK.</summary>
    public const int DefaultMaxTurns = 10;

    /// <summary>How many model calls the whole run may make (handoffs do not reset it). Default 10.</summary>
    public int MaxTurns { get; init; } = DefaultMaxTurns;

    /// <summary>
    /// How long the whole run may take (model calls, their retries and tools included) before it fails as a
    /// <see cref="RunErrorKind.ModelError"/>; null (the default) sets no deadline beyond each model call's own.
    /// </summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>
    /// A finished run of the same design to go on from (a <see cref="RunResult"/> converts to one): its history is
    /// kept and the new input is the user's next message, answered by its last agent. Null starts a new conversation
    /// at the entry agent.
    /// </summary>
    public RunContinuation? Continue { get; init; }

    /// <summary>
    /// Called whenever a span of the run starts or ends, on the thread of the step, from the run's first span on.
    /// A live view observes the trace here: subscribing to <see cref="RunTrace.SpanChanged"/> after
    /// <see cref="AgentRunner.Start"/> returns may miss steps of a run that is already under way.
    /// </summary>
    public Action<TraceSpan>? SpanChanged { get; init; }
}
