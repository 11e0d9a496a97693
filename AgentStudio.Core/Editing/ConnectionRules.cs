using AgentStudio.Core.Designs;

namespace AgentStudio.Core.Editing;

/// <summary>
/// Which edges may be drawn, with the reason for each refusal: the one table the canvas checks on drop
/// (and the browser previews). Mirrors the design validator's edge errors so nothing invalid is ever drawn.
/// </summary>
public static class ConnectionRules
{
    /// <summary>Null when an edge of the kind may go from <paramref name="fromId"/> to <paramref name="toId"/>; otherwise why not.</summary>
    public static string? Refusal(DesignDocument design, bool handoff, string fromId, string toId)
    {
        ArgumentNullException.ThrowIfNull(design);
        var from = design.Agents.FirstOrDefault(a => a.Id == fromId);
        if (from is null)
        {
            return "Only agents call tools or hand off: start the edge at an agent.";
        }

        var targetAgent = design.Agents.FirstOrDefault(a => a.Id == toId);
        var targetTool = design.Tools.FirstOrDefault(t => t.Id == toId);
        if (targetAgent is null && targetTool is null)
        {
            return "Drop the edge on an agent or a tool.";
        }

        if (fromId == toId)
        {
            return $"{from.Name} cannot {(handoff ? "hand off to" : "call")} itself.";
        }

        var targetName = targetAgent?.Name ?? targetTool!.Name;
        if (handoff && targetAgent is null)
        {
            return $"A handoff goes to an agent; {targetName} is a tool. Use a tool edge to call it.";
        }

        if (design.Edges.Any(e => e.From == fromId && e.To == toId && (e is HandoffEdge) == handoff))
        {
            return $"{from.Name} already {(handoff ? "hands off to" : "uses")} {targetName}.";
        }

        if (!handoff && targetAgent is not null && ReachesByTools(design, toId, fromId))
        {
            return $"{targetName} already uses {from.Name} as a tool (directly or through others): agents as tools may not form a cycle.";
        }

        if (!handoff)
        {
            var name = ToolNaming.EffectiveName(new ToolEdge { Id = "_", From = fromId, To = toId }, targetName, targetAgent is not null);
            if (design.Edges.OfType<ToolEdge>().Any(e => e.From == fromId && ToolNaming.EffectiveName(design, e) == name))
            {
                return $"{from.Name} already has a tool named {name}.";
            }
        }

        return null;
    }

    private static bool ReachesByTools(DesignDocument design, string startId, string targetId)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>([startId]);
        while (stack.Count > 0)
        {
            var id = stack.Pop();
            if (id == targetId)
            {
                return true;
            }

            if (!seen.Add(id))
            {
                continue;
            }

            foreach (var edge in design.Edges.OfType<ToolEdge>().Where(e => e.From == id))
            {
                stack.Push(edge.To);
            }
        }

        return false;
    }
}
