using AgentStudio.Core.Designs;

namespace AgentStudio.Core.Exporting;

/// <summary>
/// Walks a design's agents depth first along the edges from one agent to another, so that a generator can write every
/// agent after the agents it hands off to or calls as tools. Every generator orders its agents with this one walk.
/// </summary>
/// <remarks>
/// The walk keeps its own stack instead of recursing: a design is untrusted input, and one that chains tens of
/// thousands of agents would otherwise overflow the thread's stack and end the whole process. Each agent's edges are
/// found once, from an index, so the walk is linear in the design's size.
/// </remarks>
internal sealed class AgentDependencyWalk
{
    private readonly Dictionary<string, AgentDefinition> _agents = new(StringComparer.Ordinal);
    private readonly ILookup<string, DesignEdge> _edgesFrom;
    private readonly Func<DesignEdge, bool> _follows;

    // true while an agent is on the walk's path (its dependencies are being walked), false once it is finished.
    private readonly Dictionary<string, bool> _open = new(StringComparer.Ordinal);

    /// <summary>A walk over <paramref name="design"/> along the edges that <paramref name="follows"/> accepts (every edge when null) and that point at an agent.</summary>
    public AgentDependencyWalk(DesignDocument design, Func<DesignEdge, bool>? follows = null)
    {
        ArgumentNullException.ThrowIfNull(design);
        foreach (var agent in design.Agents)
        {
            // The first agent of an id wins, as DesignDocument.FindAgent finds it.
            _agents.TryAdd(agent.Id, agent);
        }

        _edgesFrom = design.Edges.ToLookup(e => e.From, StringComparer.Ordinal);
        _follows = follows ?? (_ => true);
    }

    /// <summary>Called when the walk reaches an agent, before the agents it depends on.</summary>
    public Action<AgentDefinition>? Entered { get; init; }

    /// <summary>Called for an edge back to an agent still on the walk's path: it closes a cycle, so it cannot be written with its source.</summary>
    public Action<DesignEdge>? ClosesCycle { get; init; }

    /// <summary>Called once every agent an agent depends on is finished (those closing a cycle excepted); the agent itself is still open then.</summary>
    public Action<AgentDefinition>? Finished { get; init; }

    /// <summary>The edges the walk follows out of <paramref name="agent"/>, in design order.</summary>
    public IEnumerable<DesignEdge> EdgesFrom(AgentDefinition agent) =>
        _edgesFrom[agent.Id].Where(e => _agents.ContainsKey(e.To) && _follows(e));

    /// <summary>The agent <paramref name="id"/> (the first of that id), or null when there is none.</summary>
    public AgentDefinition? Agent(string id) => _agents.GetValueOrDefault(id);

    /// <summary>Whether <paramref name="agentId"/> is on the walk's path now: an edge to it closes a cycle.</summary>
    public bool IsOpen(string agentId) => _open.GetValueOrDefault(agentId);

    /// <summary>Walks from each of <paramref name="roots"/> in turn that an earlier root did not reach.</summary>
    public void Walk(IEnumerable<AgentDefinition> roots)
    {
        ArgumentNullException.ThrowIfNull(roots);
        var path = new Stack<(AgentDefinition Agent, IEnumerator<DesignEdge> Edges)>();
        foreach (var root in roots)
        {
            if (!_open.ContainsKey(root.Id))
            {
                Enter(root, path);
            }

            while (path.Count > 0)
            {
                var (agent, edges) = path.Peek();
                if (edges.MoveNext())
                {
                    var edge = edges.Current;
                    if (!_open.TryGetValue(edge.To, out var open))
                    {
                        Enter(_agents[edge.To], path);
                    }
                    else if (open)
                    {
                        ClosesCycle?.Invoke(edge);
                    }

                    continue;
                }

                edges.Dispose();
                path.Pop();
                Finished?.Invoke(agent);
                _open[agent.Id] = false;
            }
        }
    }

    private void Enter(AgentDefinition agent, Stack<(AgentDefinition, IEnumerator<DesignEdge>)> path)
    {
        _open[agent.Id] = true;
        Entered?.Invoke(agent);
        path.Push((agent, EdgesFrom(agent).GetEnumerator()));
    }
}
