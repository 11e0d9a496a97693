namespace AgentStudio.Core.Exporting;

/// <summary>Something in a design the chosen target cannot express, and why.</summary>
/// <param name="ElementId">The id of the agent, tool or edge concerned; <see langword="null"/> for the design as a whole.</param>
/// <param name="ElementName">The name a user knows the element by (an edge: its tool name), for messages.</param>
/// <param name="Message">What cannot be expressed and why, in one sentence.</param>
public sealed record ExportRefusal(string? ElementId, string ElementName, string Message);
