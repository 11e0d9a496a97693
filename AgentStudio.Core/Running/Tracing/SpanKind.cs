using System.Text.Json.Serialization;

namespace AgentStudio.Core.Running.Tracing;

// Kinds and statuses are written in lower case in the agentstudio.run format, as the SDK's traces write them.

/// <summary>What a span of a run's trace stands for, as in the OpenAI Agents SDK.</summary>
public enum SpanKind
{
    /// <summary>One stretch of control by one agent; a handoff starts a sibling span for the target.</summary>
    [JsonStringEnumMemberName("agent")]
    Agent,

    /// <summary>One model call.</summary>
    [JsonStringEnumMemberName("generation")]
    Generation,

    /// <summary>One tool call, including an agent used as a tool.</summary>
    [JsonStringEnumMemberName("function")]
    Function,

    /// <summary>A transfer of control from one agent to another.</summary>
    [JsonStringEnumMemberName("handoff")]
    Handoff,

    /// <summary>A guardrail check.</summary>
    [JsonStringEnumMemberName("guardrail")]
    Guardrail,

    /// <summary>Anything else worth timing.</summary>
    [JsonStringEnumMemberName("custom")]
    Custom,
}

/// <summary>How a span ended.</summary>
public enum SpanStatus
{
    /// <summary>Not ended yet.</summary>
    [JsonStringEnumMemberName("running")]
    Running,

    /// <summary>Ended without error.</summary>
    [JsonStringEnumMemberName("ok")]
    Ok,

    /// <summary>Ended with the error in <see cref="TraceSpan.Error"/>.</summary>
    [JsonStringEnumMemberName("error")]
    Error,

    /// <summary>Stopped because the run was cancelled.</summary>
    [JsonStringEnumMemberName("cancelled")]
    Cancelled,
}
