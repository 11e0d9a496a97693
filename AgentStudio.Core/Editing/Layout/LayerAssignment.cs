using AgentStudio.Core.Designs;

namespace AgentStudio.Core.Editing.Layout;

/// <summary>
/// The graph auto-layout arranges: every agent and tool once, its neighbours, and its level — how many edges
/// from the entry first reach it. Nodes no edge reaches from the entry share one level after all the others.
/// </summary>
internal sealed class LayerAssignment
{
    private LayerAssignment(List<List<string>> levels, Dictionary<string, List<string>> neighbours, List<(string From, string To)> edges)
    {
        Levels = levels;
        Neighbours = neighbours;
        Edges = edges;
    }

    /// <summary>The node ids of each level, left to right; within a level in the design's order (agents, then tools).</summary>
    public List<List<string>> Levels { get; }

    /// <summary>Each node's neighbours by an edge in either direction, without self-links.</summary>
    public Dictionary<string, List<string>> Neighbours { get; }

    /// <summary>The edges between two different nodes of the graph.</summary>
    public List<(string From, string To)> Edges { get; }

    public static LayerAssignment Of(DesignDocument design)
    {
        // Ids repeat only in a design that failed to load cleanly; laying it out must not throw.
        var ids = design.Agents.Select(a => a.Id).Concat(design.Tools.Select(t => t.Id)).Distinct(StringComparer.Ordinal).ToList();
        var neighbours = ids.ToDictionary(id => id, _ => new List<string>(), StringComparer.Ordinal);
        var outgoing = ids.ToDictionary(id => id, _ => new List<string>(), StringComparer.Ordinal);
        var edges = new List<(string, string)>();
        foreach (var edge in design.Edges)
        {
            if (edge.From != edge.To && outgoing.TryGetValue(edge.From, out var targets) && neighbours.ContainsKey(edge.To))
            {
                targets.Add(edge.To);
                neighbours[edge.From].Add(edge.To);
                neighbours[edge.To].Add(edge.From);
                edges.Add((edge.From, edge.To));
            }
        }

        var level = new Dictionary<string, int>(StringComparer.Ordinal);
        var start = design.Entry is { } entry && outgoing.ContainsKey(entry) ? entry : ids.FirstOrDefault();
        var queue = new Queue<string>();
        if (start is not null)
        {
            level[start] = 0;
            queue.Enqueue(start);
        }

        while (queue.TryDequeue(out var id))
        {
            foreach (var next in outgoing[id].Where(next => !level.ContainsKey(next)))
            {
                level[next] = level[id] + 1;
                queue.Enqueue(next);
            }
        }

        var unreached = level.Count == 0 ? 0 : level.Values.Max() + 1;
        var levels = new List<List<string>>();
        foreach (var id in ids)
        {
            var l = level.GetValueOrDefault(id, unreached);
            while (levels.Count <= l)
            {
                levels.Add([]);
            }

            levels[l].Add(id);
        }

        return new LayerAssignment(levels, neighbours, edges);
    }
}
