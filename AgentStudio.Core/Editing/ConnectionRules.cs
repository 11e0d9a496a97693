using AgentStudio.Core.Designs;
using AgentStudio.Core.Validation;

namespace AgentStudio.Core.Editing;

/// <summary>
/// Which edges may be drawn, with the reason for each refusal. It keeps no table of its own: the would-be edge
/// is checked by the validator's edge rules (<see cref="DesignValidator.ValidateEdge"/>), so the canvas refuses
/// exactly what the validator would report, with the same code and message. Thread-safe and stateless.
/// </summary>
public static class ConnectionRules
{
    /// <summary>
    /// The first error that connecting <paramref name="fromId"/> to <paramref name="toId"/> would cause, as the
    /// validator reports it for the design with that edge; null when the edge may be added.
    /// </summary>
    /// <param name="design">The design to connect in.</param>
    /// <param name="handoff">A handoff edge; otherwise a tool edge.</param>
    /// <param name="fromId">The id the edge would start at.</param>
    /// <param name="toId">The id the edge would go to.</param>
    public static DesignProblem? Check(DesignDocument design, bool handoff, string fromId, string toId)
    {
        ArgumentNullException.ThrowIfNull(design);
        var problems = DesignValidator.ValidateEdge(design, DesignCommands.NewEdge(design, handoff, fromId, toId));
        return problems.Count == 0 ? null : problems[0];
    }

    /// <summary>Null when an edge of the kind may go from <paramref name="fromId"/> to <paramref name="toId"/>; otherwise why not: the message of <see cref="Check"/>.</summary>
    public static string? Refusal(DesignDocument design, bool handoff, string fromId, string toId) =>
        Check(design, handoff, fromId, toId)?.Message;
}
