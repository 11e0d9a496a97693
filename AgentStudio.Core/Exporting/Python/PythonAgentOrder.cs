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
        new AgentDependencyWalk(design) { ClosesCycle = edge => deferred.Add(edge.Id), Finished = ordered.Add }.Walk(design.Agents);
        return (ordered, deferred);
    }
}
