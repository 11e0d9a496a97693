namespace AgentStudio.Core.Running.Tracing;

/// <summary>The error recorded on a span: a message for people and, optionally, details such as the tool's arguments.</summary>
/// <param name="Message">What went wrong.</param>
/// <param name="Data">More about it, or null.</param>
public sealed record SpanError(string Message, string? Data = null);
