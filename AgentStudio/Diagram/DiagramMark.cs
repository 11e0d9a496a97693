namespace AgentStudio.Diagram;

/// <summary>
/// A note the canvas pins on a node or link for a while, beside its validation problem mark: a short badge on the node
/// and the whole message as its tooltip and in its accessible name. The export dialog marks what a language cannot express.
/// </summary>
/// <param name="Badge">The few words shown on the node ("Cannot export to C#").</param>
/// <param name="Message">The whole message, starting with <paramref name="Badge"/>, so that what a user sees and what a screen reader says agree.</param>
public sealed record DiagramMark(string Badge, string Message);
