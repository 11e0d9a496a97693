using AgentStudio.Core.Designs;

namespace AgentStudio.Core.Validation.Rules;

/// <summary>
/// Agents calling each other as tools in a cycle would recurse forever (each call is a nested run).
/// Handoffs may form cycles: control moves, it does not nest.
/// </summary>
internal sealed class AgentToolCycleRule : IDesignRule
{
    private enum Mark : byte
    {
        Unvisited,
        OnPath,
        Done,
    }

    public void Check(ValidationContext context)
    {
        var marks = new Dictionary<string, Mark>(StringComparer.Ordinal);
        var path = new List<(string AgentId, int EdgeIndex)>();
        foreach (var agent in context.Design.Agents)
        {
            if (marks.GetValueOrDefault(agent.Id) == Mark.Unvisited)
            {
                Visit(context, agent.Id, marks, path);
            }
        }
    }

    // Iterative depth-first search, so a long chain of agents cannot overflow the stack.
    private static void Visit(ValidationContext context, string start, Dictionary<string, Mark> marks, List<(string AgentId, int EdgeIndex)> path)
    {
        var stack = new Stack<(string AgentId, IEnumerator<(int Index, DesignEdge Edge)> Edges)>();
        marks[start] = Mark.OnPath;
        stack.Push((start, AgentToolEdges(context, start).GetEnumerator()));
        while (stack.Count > 0)
        {
            var (agentId, edges) = stack.Peek();
            if (!edges.MoveNext())
            {
                marks[agentId] = Mark.Done;
                stack.Pop();
                if (path.Count > 0)
                {
                    path.RemoveAt(path.Count - 1);
                }

                continue;
            }

            var (index, edge) = edges.Current;
            switch (marks.GetValueOrDefault(edge.To))
            {
                case Mark.OnPath:
                    Report(context, path, agentId, index, edge);
                    break;
                case Mark.Unvisited:
                    marks[edge.To] = Mark.OnPath;
                    path.Add((agentId, index));
                    stack.Push((edge.To, AgentToolEdges(context, edge.To).GetEnumerator()));
                    break;
            }
        }
    }

    private static IEnumerable<(int Index, DesignEdge Edge)> AgentToolEdges(ValidationContext context, string agentId) =>
        context.OutgoingEdges(agentId).Where(e => e.Edge is ToolEdge && e.Edge.From != e.Edge.To && context.AgentIndex.ContainsKey(e.Edge.To));

    private static void Report(ValidationContext context, List<(string AgentId, int EdgeIndex)> path, string from, int index, DesignEdge closing)
    {
        var startAt = path.FindIndex(step => step.AgentId == closing.To);
        var cycle = (startAt < 0 ? [] : path.Skip(startAt).Select(step => step.AgentId)).Append(from).Append(closing.To);
        var names = string.Join(" → ", cycle.Select(id => context.Agent(id)?.Name ?? id));
        context.Error(ProblemCodes.AgentToolCycle,
            $"Agents call each other as tools in a cycle ({names}), which would never end; make one of these a handoff or remove it. The cycle closes at {context.Describe(closing)}.",
            ValidationContext.EdgePath(index), closing.Id);
    }
}
