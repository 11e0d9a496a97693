using AgentStudio.Core.Running;

namespace AgentStudio.Playground;

/// <summary>One item of the playground's chat.</summary>
public abstract record ChatEntry;

/// <summary>What the user sent.</summary>
public sealed record UserEntry(string Text) : ChatEntry;

/// <summary>An agent's message; it grows while the model streams.</summary>
public sealed record AgentMessageEntry(string Agent) : ChatEntry
{
    /// <summary>The text so far.</summary>
    public string Text { get; set; } = "";

    /// <summary>Whether tokens are still arriving.</summary>
    public bool Streaming { get; set; } = true;

    /// <summary>The text as indented JSON when it is the agent's structured output.</summary>
    public string? StructuredJson { get; set; }
}

/// <summary>A tool call with its arguments and, once returned, its output.</summary>
public sealed record ToolCallEntry(string Agent, string CallId, string Tool, string Arguments) : ChatEntry
{
    /// <summary>The output, or null while the tool runs.</summary>
    public string? Output { get; set; }

    /// <summary>Whether the tool failed.</summary>
    public bool IsError { get; set; }

    /// <summary>How long it took.</summary>
    public double? DurationMs { get; set; }
}

/// <summary>Control moved from one agent to another.</summary>
public sealed record HandoffEntry(string From, string To) : ChatEntry;

/// <summary>A model call waits to be retried: <c>retrying in 60 s (1 of 3): the server asked to wait (429 Too Many Requests)</c>.</summary>
public sealed record RetryEntry(string Agent, string Message) : ChatEntry;

/// <summary>How a run ended: completed (with usage), failed (with the cause) or cancelled.</summary>
public sealed record OutcomeEntry(RunStatus Status, string? Message, RunUsage Usage, TimeSpan Duration, string LastAgent) : ChatEntry;
