using System.Text.Json;

namespace AgentStudio.Core.Running.Events;

/// <summary>An agent took control: at the start of the run and after each handoff.</summary>
public sealed record AgentUpdatedEvent : RunEvent
{
    /// <inheritdoc />
    protected override string EventType => RunEventTypes.AgentUpdated;
}

/// <summary>Text tokens streamed by the model, before the turn's response is complete.</summary>
public sealed record TextDeltaEvent : RunEvent
{
    /// <inheritdoc />
    protected override string EventType => RunEventTypes.TextDelta;

    /// <summary>The new text.</summary>
    public required string Delta { get; init; }
}

/// <summary>A complete message of the model's response.</summary>
public sealed record MessageOutputCreatedEvent : RunEvent
{
    /// <inheritdoc />
    protected override string EventType => RunEventTypes.MessageOutputCreated;

    /// <summary>The message text.</summary>
    public required string Text { get; init; }
}

/// <summary>The model called a function tool or an agent as a tool.</summary>
public sealed record ToolCalledEvent : RunEvent
{
    /// <inheritdoc />
    protected override string EventType => RunEventTypes.ToolCalled;

    /// <summary>The call's id, matching its <see cref="ToolOutputEvent"/>.</summary>
    public required string CallId { get; init; }

    /// <summary>The tool's name.</summary>
    public required string Tool { get; init; }

    /// <summary>The arguments as JSON text.</summary>
    public required string Arguments { get; init; }

    /// <summary>The design id of the tool edge the call went along (<c>edgeId</c>); null only outside a compiled design.</summary>
    public string? EdgeId { get; init; }

    /// <summary>
    /// The design id of the node the call reached (<c>toolId</c>): the tool's, the MCP server's, or the agent's for an
    /// agent used as a tool; null only outside a compiled design.
    /// </summary>
    public string? ToolId { get; init; }
}

/// <summary>What a tool returned, or the error text the model got instead.</summary>
public sealed record ToolOutputEvent : RunEvent
{
    /// <inheritdoc />
    protected override string EventType => RunEventTypes.ToolOutput;

    /// <summary>The call's id.</summary>
    public required string CallId { get; init; }

    /// <summary>The tool's name.</summary>
    public required string Tool { get; init; }

    /// <summary>The output the model sees.</summary>
    public required string Output { get; init; }

    /// <summary>Whether the tool failed (the output is then the error text).</summary>
    public bool IsError { get; init; }

    /// <summary>How long the call took, in milliseconds.</summary>
    public double DurationMs { get; init; }

    /// <summary>The design id of the tool edge the call went along (<c>edgeId</c>); null only outside a compiled design.</summary>
    public string? EdgeId { get; init; }

    /// <summary>
    /// The design id of the node the call reached (<c>toolId</c>): the tool's, the MCP server's, or the agent's for an
    /// agent used as a tool; null only outside a compiled design.
    /// </summary>
    public string? ToolId { get; init; }
}

/// <summary>The model asked to hand off to another agent.</summary>
public sealed record HandoffRequestedEvent : RunEvent
{
    /// <inheritdoc />
    protected override string EventType => RunEventTypes.HandoffRequested;

    /// <summary>The call's id.</summary>
    public required string CallId { get; init; }

    /// <summary>The handoff tool's name.</summary>
    public required string Tool { get; init; }

    /// <summary>The agent asked for.</summary>
    public required string Target { get; init; }

    /// <summary>The design id of the handoff edge (<c>edgeId</c>); null only outside a compiled design.</summary>
    public string? EdgeId { get; init; }

    /// <summary>The design id of <see cref="Target"/> (<c>targetId</c>); null only outside a compiled design.</summary>
    public string? TargetId { get; init; }
}

/// <summary>Control moved from <see cref="RunEvent.Agent"/> to <see cref="Target"/>.</summary>
public sealed record HandoffOccurredEvent : RunEvent
{
    /// <inheritdoc />
    protected override string EventType => RunEventTypes.HandoffOccurred;

    /// <summary>The agent that answers from now on.</summary>
    public required string Target { get; init; }

    /// <summary>The design id of the handoff edge (<c>edgeId</c>); null only outside a compiled design.</summary>
    public string? EdgeId { get; init; }

    /// <summary>The design id of <see cref="Target"/> (<c>targetId</c>); null only outside a compiled design.</summary>
    public string? TargetId { get; init; }
}

/// <summary>The run ended with a final output.</summary>
public sealed record RunCompletedEvent : RunEvent
{
    /// <inheritdoc />
    protected override string EventType => RunEventTypes.RunCompleted;

    /// <summary>The final output: the last message's text, or JSON text for a structured output.</summary>
    public required string FinalOutput { get; init; }

    /// <summary>
    /// The structured output as JSON (<c>structuredOutput</c>), when the last agent has an output schema; null (and not
    /// written) for text output. <see cref="FinalOutput"/> holds the same JSON as text.
    /// </summary>
    public JsonElement? StructuredOutput { get; init; }

    /// <summary>Tokens and requests of the whole run.</summary>
    public required RunUsage Usage { get; init; }
}

/// <summary>The run ended with an error.</summary>
public sealed record RunFailedEvent : RunEvent
{
    /// <inheritdoc />
    protected override string EventType => RunEventTypes.RunFailed;

    /// <summary>The kind of error.</summary>
    public required RunErrorKind ErrorKind { get; init; }

    /// <summary>What went wrong.</summary>
    public required string Message { get; init; }

    /// <summary>Tokens and requests used before it failed.</summary>
    public required RunUsage Usage { get; init; }
}

/// <summary>The run was cancelled.</summary>
public sealed record RunCancelledEvent : RunEvent
{
    /// <inheritdoc />
    protected override string EventType => RunEventTypes.RunCancelled;

    /// <summary>Tokens and requests used before it stopped.</summary>
    public required RunUsage Usage { get; init; }
}
