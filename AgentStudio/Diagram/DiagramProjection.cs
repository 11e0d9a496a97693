using AgentStudio.Core.Designs;
using AgentStudio.Core.Editing;

namespace AgentStudio.Diagram;

/// <summary>
/// Projects a design onto the canvas: a node per agent, tool and note at its layout position, a link per edge.
/// Elements without a position are placed by <see cref="AutoLayout"/>, layered left to right from the entry.
/// </summary>
public static class DiagramProjection
{
    /// <summary>The nodes and links of <paramref name="design"/>.</summary>
    public static (IReadOnlyList<DiagramNode> Nodes, IReadOnlyList<DiagramLink> Links) Project(DesignDocument design)
    {
        ArgumentNullException.ThrowIfNull(design);
        var positions = AutoLayout.Complete(design);
        var nodes = new List<DiagramNode>(design.Agents.Count + design.Tools.Count + design.Notes.Count);
        foreach (var agent in design.Agents)
        {
            var p = positions[agent.Id];
            nodes.Add(new DiagramNode(agent.Id, DiagramNodeKind.Agent, p.X, p.Y, agent.Name, agent.Model ?? "simulated", agent.Id == design.Entry));
        }

        foreach (var tool in design.Tools)
        {
            var p = positions[tool.Id];
            nodes.Add(new DiagramNode(tool.Id, DiagramNodeKind.Tool, p.X, p.Y, tool.Name, $"{tool.Kind} tool", false));
        }

        foreach (var note in design.Notes)
        {
            var p = positions[note.Id];
            var lines = note.Text.Split('\n', 2);
            nodes.Add(new DiagramNode(note.Id, DiagramNodeKind.Note, p.X, p.Y, lines[0], lines.Length > 1 ? lines[1] : "", false));
        }

        var names = design.Agents.ToDictionary(a => a.Id, a => a.Name, StringComparer.Ordinal);
        foreach (var tool in design.Tools)
        {
            names.TryAdd(tool.Id, tool.Name);
        }

        var links = design.Edges
            .Where(e => names.ContainsKey(e.From) && names.ContainsKey(e.To))
            .Select(e => new DiagramLink(e.Id, e is HandoffEdge, e.From, e.To,
                ToolNaming.EffectiveName(e, names[e.To], targetIsAgent: design.Agents.Any(a => a.Id == e.To))))
            .ToList();
        return (nodes, links);
    }
}
