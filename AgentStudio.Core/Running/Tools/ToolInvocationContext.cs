using AgentStudio.Core.Running.Tracing;

namespace AgentStudio.Core.Running.Tools;

/// <summary>What a tool may use while it runs: the run's services and the trace span of its call.</summary>
/// <param name="Services">Clock, HTTP and secrets of the run.</param>
/// <param name="Span">The function span of this call; an agent used as a tool nests its own spans under it.</param>
/// <param name="AgentName">The name of the agent that called the tool.</param>
public sealed record ToolInvocationContext(ToolServices Services, TraceSpan Span, string AgentName)
{
    /// <summary>Runs an agent used as a tool; set by the runner.</summary>
    public IAgentToolRunner? AgentRunner { get; init; }
}

/// <summary>Runs an agent as a tool: a nested run of its own on the caller's <c>input</c> string.</summary>
public interface IAgentToolRunner
{
    /// <summary>Runs <paramref name="agent"/> on <paramref name="input"/> and returns its final output as text (JSON text for structured outputs).</summary>
    /// <exception cref="Exception">The nested run failed; the caller turns it into the tool-error output.</exception>
    Task<string> RunAgentAsToolAsync(Compilation.CompiledAgent agent, string input, TraceSpan parentSpan, CancellationToken cancellationToken);
}
