using System.Text.Json;
using AgentStudio.Core.Running.Tracing;
using Microsoft.Extensions.AI;

namespace AgentStudio.Core.Running;

/// <summary>The outcome of a run: its final output or error, last agent, the items it added, usage and trace.</summary>
public sealed record RunResult
{
    /// <summary>How the run ended.</summary>
    public required RunStatus Status { get; init; }

    /// <summary>The user's input the run answered.</summary>
    public required string Input { get; init; }

    /// <summary>The final output (JSON text for a structured output), or null when the run did not complete.</summary>
    public string? FinalOutput { get; init; }

    /// <summary>The structured output as JSON, when the last agent has an output schema.</summary>
    public JsonElement? StructuredOutput { get; init; }

    /// <summary>The agent in control at the end.</summary>
    public required string LastAgent { get; init; }

    /// <summary>The design id of <see cref="LastAgent"/>.</summary>
    public required string LastAgentId { get; init; }

    /// <summary>The kind of error, when the run failed.</summary>
    public RunErrorKind? ErrorKind { get; init; }

    /// <summary>The error message, when the run failed.</summary>
    public string? ErrorMessage { get; init; }

    /// <summary>Model requests and tokens, nested runs included.</summary>
    public required RunUsage Usage { get; init; }

    /// <summary>Model calls of this run (not of nested runs).</summary>
    public required int Turns { get; init; }

    /// <summary>When the run started, by the runner's clock.</summary>
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>How long the run took, by the runner's clock.</summary>
    public required TimeSpan Duration { get; init; }

    /// <summary>The messages, tool calls, outputs and handoffs this run added, in order.</summary>
    public required IReadOnlyList<RunItem> NewItems { get; init; }

    /// <summary>The whole conversation (earlier turns included), for continuing it with <see cref="RunOptions.Continue"/> (see <see cref="RunContinuation"/>).</summary>
    public required IReadOnlyList<ChatMessage> History { get; init; }

    /// <summary>The run's trace.</summary>
    public required RunTrace Trace { get; init; }
}
