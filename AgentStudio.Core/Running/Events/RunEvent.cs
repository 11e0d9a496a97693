using System.Text.Json.Serialization;

namespace AgentStudio.Core.Running.Events;

/// <summary>
/// Something that happened during a run, streamed while it goes on. Names follow the OpenAI Agents SDK;
/// in JSON the kind is the <c>type</c> property. Exactly one terminal event ends every stream:
/// <see cref="RunCompletedEvent"/>, <see cref="RunFailedEvent"/> or <see cref="RunCancelledEvent"/>.
/// </summary>
/// <remarks>
/// Beside the SDK's names, events carry the design ids of the agents, edges and nodes they concern
/// (<see cref="AgentId"/>, and <c>edgeId</c>, <c>toolId</c> or <c>targetId</c> where they apply), so that a view can
/// point at the diagram without mapping names back. The ids are additions: a reader of the names alone is unaffected.
/// </remarks>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(AgentUpdatedEvent), RunEventTypes.AgentUpdated)]
[JsonDerivedType(typeof(TextDeltaEvent), RunEventTypes.TextDelta)]
[JsonDerivedType(typeof(MessageOutputCreatedEvent), RunEventTypes.MessageOutputCreated)]
[JsonDerivedType(typeof(ToolCalledEvent), RunEventTypes.ToolCalled)]
[JsonDerivedType(typeof(ToolOutputEvent), RunEventTypes.ToolOutput)]
[JsonDerivedType(typeof(HandoffRequestedEvent), RunEventTypes.HandoffRequested)]
[JsonDerivedType(typeof(HandoffOccurredEvent), RunEventTypes.HandoffOccurred)]
[JsonDerivedType(typeof(ModelRetryEvent), RunEventTypes.ModelRetry)]
[JsonDerivedType(typeof(RunCompletedEvent), RunEventTypes.RunCompleted)]
[JsonDerivedType(typeof(RunFailedEvent), RunEventTypes.RunFailed)]
[JsonDerivedType(typeof(RunCancelledEvent), RunEventTypes.RunCancelled)]
public abstract record RunEvent
{
    /// <summary>The event's kind, as written in the <c>type</c> property.</summary>
    [JsonIgnore]
    public string Type => EventType;

    /// <summary>The agent in control when the event happened.</summary>
    public required string Agent { get; init; }

    /// <summary>
    /// The design id of <see cref="Agent"/>, written as <c>agentId</c>; null (and not written) only for an event not made
    /// by a run of a compiled design.
    /// </summary>
    public string? AgentId { get; init; }

    /// <summary>Whether this event ends the stream.</summary>
    [JsonIgnore]
    public bool IsTerminal => this is RunCompletedEvent or RunFailedEvent or RunCancelledEvent;

    /// <summary>The kind's name; protected so that the serializer, which writes the discriminator, does not write it twice.</summary>
    protected abstract string EventType { get; }
}

/// <summary>The event type names.</summary>
public static class RunEventTypes
{
    /// <summary>An agent took control: at the start, and after each handoff.</summary>
    public const string AgentUpdated = "agent_updated";

    /// <summary>Raw text tokens as the model streams them.</summary>
    public const string TextDelta = "text_delta";

    /// <summary>A complete message from the model.</summary>
    public const string MessageOutputCreated = "message_output_created";

    /// <summary>The model called a tool.</summary>
    public const string ToolCalled = "tool_called";

    /// <summary>A tool returned (or failed, with the error text the model gets).</summary>
    public const string ToolOutput = "tool_output";

    /// <summary>The model asked to hand off.</summary>
    public const string HandoffRequested = "handoff_requested";

    /// <summary>Control moved to another agent.</summary>
    public const string HandoffOccurred = "handoff_occurred";

    /// <summary>A model call failed for a reason worth retrying and will be tried again after a wait.</summary>
    public const string ModelRetry = "model_retry";

    /// <summary>The run ended with a final output.</summary>
    public const string RunCompleted = "run_completed";

    /// <summary>The run ended with an error.</summary>
    public const string RunFailed = "run_failed";

    /// <summary>The run was cancelled.</summary>
    public const string RunCancelled = "run_cancelled";
}
