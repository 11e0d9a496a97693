namespace AgentStudio.Core.Running.Tracing;

/// <summary>The names of the data items spans record.</summary>
/// <remarks>
/// Besides names, spans of a compiled design's run record the design ids of what they stand for
/// (<see cref="AgentId"/>, <see cref="ToolId"/>, <see cref="EdgeId"/>, <see cref="FromAgentId"/>, <see cref="ToAgentId"/>),
/// so that a view can select the span's node or edge on the diagram.
/// </remarks>
public static class SpanDataKeys
{
    /// <summary>Agent span: the names of the agent's tools.</summary>
    public const string Tools = "tools";

    /// <summary>Agent span: the names of the agents it can hand off to.</summary>
    public const string Handoffs = "handoffs";

    /// <summary>Agent span: <c>text</c> or the name of the structured output.</summary>
    public const string OutputType = "output_type";

    /// <summary>Generation span: the name of the model that answered (the span's name too).</summary>
    public const string Model = "model";

    /// <summary>Generation span: the model the design asked for, recorded only when another answered (the simulated model, say).</summary>
    public const string DesignedModel = "designed_model";

    /// <summary>Generation span: the model name the provider reported.</summary>
    public const string ResponseModel = "response_model";

    /// <summary>Generation span: the model settings in effect.</summary>
    public const string ModelSettings = "model_settings";

    /// <summary>Generation span: the messages sent.</summary>
    public const string Input = "input";

    /// <summary>Generation and function spans: what came back.</summary>
    public const string Output = "output";

    /// <summary>Generation span: input tokens.</summary>
    public const string InputTokens = "input_tokens";

    /// <summary>Generation span: output tokens.</summary>
    public const string OutputTokens = "output_tokens";

    /// <summary>Generation span: milliseconds from the request to the first streamed content.</summary>
    public const string TimeToFirstTokenMs = "time_to_first_token_ms";

    /// <summary>Function span: the call's id.</summary>
    public const string CallId = "call_id";

    /// <summary>Function span: the arguments, as JSON text.</summary>
    public const string Arguments = "arguments";

    /// <summary>Handoff span: the agent control left.</summary>
    public const string FromAgent = "from_agent";

    /// <summary>Handoff span: the agent control went to.</summary>
    public const string ToAgent = "to_agent";

    /// <summary>Agent span: the agent's design id. Function and handoff spans: the design id of the agent that called.</summary>
    public const string AgentId = "agent_id";

    /// <summary>Function span: the design id of the node called (a tool, an MCP server, or an agent used as a tool).</summary>
    public const string ToolId = "tool_id";

    /// <summary>Function and handoff spans: the design id of the edge taken.</summary>
    public const string EdgeId = "edge_id";

    /// <summary>Handoff span: the design id of the agent control left.</summary>
    public const string FromAgentId = "from_agent_id";

    /// <summary>Handoff span: the design id of the agent control went to.</summary>
    public const string ToAgentId = "to_agent_id";
}
