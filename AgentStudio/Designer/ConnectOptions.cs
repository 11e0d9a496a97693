using AgentStudio.Core.Designs;
using AgentStudio.Core.Editing;

namespace AgentStudio.Designer;

/// <summary>One edge the "Connect to…" command offers: a valid target and kind for the agent it starts at.</summary>
/// <param name="Handoff">A handoff edge; otherwise a tool edge.</param>
/// <param name="ToId">The agent or tool the edge goes to.</param>
/// <param name="ToName">The target's name, as the list shows it.</param>
public sealed record ConnectOption(bool Handoff, string ToId, string ToName)
{
    /// <summary>The connect intent of this option from <paramref name="fromId"/>.</summary>
    public DesignerIntent.Connect ToIntent(string fromId) => new(Handoff, fromId, ToId);
}

/// <summary>
/// The edges that may be drawn from an agent, for the keyboard's "Connect to…" command: the same rules as a drag
/// (<see cref="ConnectionRules"/>), so the command never offers what the canvas would refuse.
/// </summary>
public static class ConnectOptions
{
    /// <summary>Handoffs to other agents, then tool edges to agents and tools, each by name; none when <paramref name="fromId"/> is not an agent.</summary>
    public static IReadOnlyList<ConnectOption> From(DesignDocument design, string fromId)
    {
        ArgumentNullException.ThrowIfNull(design);
        if (design.Agents.All(a => a.Id != fromId))
        {
            return [];
        }

        var targets = design.Agents.Select(a => (a.Id, a.Name)).Concat(design.Tools.Select(t => (t.Id, t.Name))).ToList();
        return
        [
            .. from handoff in new[] { true, false }
               from target in targets
               where ConnectionRules.Refusal(design, handoff, fromId, target.Id) is null
               select new ConnectOption(handoff, target.Id, target.Name),
        ];
    }
}
