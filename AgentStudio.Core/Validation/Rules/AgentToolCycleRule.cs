using AgentStudio.Core.Designs;

namespace AgentStudio.Core.Validation.Rules;

/// <summary>
/// Agents calling each other as tools in a cycle would recurse forever (each call is a nested run).
/// Handoffs may form cycles: control moves, it does not nest.
/// </summary>
/// <remarks>
/// One problem per group of agents caught in calls among themselves (a strongly connected component),
/// naming one cycle of it with at most <see cref="NamesShown"/> agents. Reporting every closing edge with
/// its whole path grew with the square of the design: 146 MB of messages for a 922 KB file.
/// </remarks>
internal sealed class AgentToolCycleRule : IDesignRule
{
    private const int NamesShown = 8;

    public void Check(ValidationContext context)
    {
        foreach (var component in StronglyConnected(context).OrderBy(c => c.Min(id => context.AgentIndex[id])))
        {
            Report(context, component);
        }
    }

    private static IEnumerable<(int Index, DesignEdge Edge)> AgentToolEdges(ValidationContext context, string agentId) =>
        context.OutgoingEdges(agentId).Where(e => e.Edge is ToolEdge && e.Edge.From != e.Edge.To && context.AgentIndex.ContainsKey(e.Edge.To));

    // Tarjan's algorithm, iterative so that a long chain of agents cannot overflow the stack; linear in agents and edges.
    private static List<HashSet<string>> StronglyConnected(ValidationContext context)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var lowLink = new Dictionary<string, int>(StringComparer.Ordinal);
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var components = new List<HashSet<string>>();
        foreach (var root in context.Design.Agents.Select(a => a.Id).Where(context.AgentIndex.ContainsKey))
        {
            if (index.ContainsKey(root))
            {
                continue;
            }

            var work = new Stack<(string Id, IEnumerator<(int Index, DesignEdge Edge)> Edges)>();
            Open(root);
            while (work.Count > 0)
            {
                var (id, edges) = work.Peek();
                if (edges.MoveNext())
                {
                    var next = edges.Current.Edge.To;
                    if (!index.ContainsKey(next))
                    {
                        Open(next);
                    }
                    else if (onStack.Contains(next))
                    {
                        lowLink[id] = Math.Min(lowLink[id], index[next]);
                    }

                    continue;
                }

                work.Pop();
                if (work.Count > 0)
                {
                    var parent = work.Peek().Id;
                    lowLink[parent] = Math.Min(lowLink[parent], lowLink[id]);
                }

                if (lowLink[id] == index[id])
                {
                    var component = new HashSet<string>(StringComparer.Ordinal);
                    string member;
                    do
                    {
                        member = stack.Pop();
                        onStack.Remove(member);
                        component.Add(member);
                    }
                    while (member != id);

                    if (component.Count > 1)
                    {
                        components.Add(component);
                    }
                }
            }

            void Open(string id)
            {
                index[id] = lowLink[id] = index.Count;
                stack.Push(id);
                onStack.Add(id);
                work.Push((id, AgentToolEdges(context, id).GetEnumerator()));
            }
        }

        return components;
    }

    // A shortest cycle through the component's first agent, found breadth-first inside the component.
    private static void Report(ValidationContext context, HashSet<string> component)
    {
        var start = component.MinBy(id => context.AgentIndex[id])!;
        var cameFrom = new Dictionary<string, string>(StringComparer.Ordinal) { [start] = start };
        var queue = new Queue<string>([start]);
        (int Index, DesignEdge Edge)? closing = null;
        while (closing is null && queue.TryDequeue(out var current))
        {
            foreach (var (index, edge) in AgentToolEdges(context, current).Where(e => component.Contains(e.Edge.To)))
            {
                if (edge.To == start)
                {
                    closing = (index, edge);
                    break;
                }

                if (cameFrom.TryAdd(edge.To, current))
                {
                    queue.Enqueue(edge.To);
                }
            }
        }

        // Every agent of a component lies on a cycle through each other, so the search always closes one.
        var (closingIndex, closingEdge) = closing!.Value;
        var cycle = new List<string> { start };
        for (var id = closingEdge.From; id != start; id = cameFrom[id])
        {
            cycle.Add(id);
        }

        cycle.Add(start);
        cycle.Reverse(1, cycle.Count - 2);
        var length = cycle.Count - 1;
        var shown = length <= NamesShown ? cycle : [.. cycle.Take(NamesShown), "…", start];
        var names = string.Join(" → ", shown.Select(id => id == "…" ? id : ValidationContext.Quote(context.Agent(id)?.Name ?? id)));
        var size = length > NamesShown ? $" of {length:N0} agents" : "";
        var others = component.Count - length;
        var rest = others > 0 ? $" {others:N0} more agents are caught in the same calls." : "";
        context.Error(ProblemCodes.AgentToolCycle,
            $"Agents call each other as tools in a cycle ({names}){size}, which would never end; make one of these a handoff or remove it. The cycle closes at {context.Describe(closingEdge)}.{rest}",
            ValidationContext.EdgePath(closingIndex), closingEdge.Id);
    }
}
