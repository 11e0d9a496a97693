using AgentStudio.Core.Designs;

namespace AgentStudio.Core.Exporting.Python;

/// <summary>
/// The order agents are defined in: every agent after the agents it hands off to or calls as tools, as Python needs,
/// otherwise in design order. An edge that closes a cycle (a handoff back to an earlier agent) cannot be written in the
/// constructor; it is returned as deferred and added once both agents exist.
/// </summary>
internal static class PythonAgentOrder
{
    /// <summary>The agents in definition order, and the edges to add after all agents are defined.</summary>
    public static (IReadOnlyList<AgentDefinition> Agents, IReadOnlySet<string> DeferredEdges) Of(DesignDocument design)
    {
        var ordered = new List<AgentDefinition>();
        var deferred = new HashSet<string>(StringComparer.Ordinal);
        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false: being visited, true: defined
        var agents = design.Agents.ToDictionary(a => a.Id, StringComparer.Ordinal);

        void Visit(AgentDefinition agent)
        {
            state[agent.Id] = false;
            foreach (var edge in design.Edges.Where(e => e.From == agent.Id && agents.ContainsKey(e.To)))
            {
                if (!state.TryGetValue(edge.To, out var defined))
                {
                    Visit(agents[edge.To]);
                }
                else if (!defined)
                {
                    deferred.Add(edge.Id);
                }
            }

            state[agent.Id] = true;
            ordered.Add(agent);
        }

        foreach (var agent in design.Agents.Where(a => !state.ContainsKey(a.Id)))
        {
            Visit(agent);
        }

        return (ordered, deferred);
    }
}
