namespace AgentStudio.Core.Running.Tracing;

/// <summary>What a span of a run's trace stands for, as in the OpenAI Agents SDK.</summary>
public enum SpanKind
{
    /// <summary>One stretch of control by one agent; a handoff starts a sibling span for the target.</summary>
    Agent,

    /// <summary>One model call.</summary>
    Generation,

    /// <summary>One tool call, including an agent used as a tool.</summary>
    Function,

    /// <summary>A transfer of control from one agent to another.</summary>
    Handoff,

    /// <summary>A guardrail check.</summary>
    Guardrail,

    /// <summary>Anything else worth timing.</summary>
    Custom,
}

/// <summary>How a span ended.</summary>
public enum SpanStatus
{
    /// <summary>Not ended yet.</summary>
    Running,

    /// <summary>Ended without error.</summary>
    Ok,

    /// <summary>Ended with the error in <see cref="TraceSpan.Error"/>.</summary>
    Error,

    /// <summary>Stopped because the run was cancelled.</summary>
    Cancelled,
}
