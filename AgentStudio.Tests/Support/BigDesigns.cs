using AgentStudio.Core.Designs;

namespace AgentStudio.Tests.Support;

/// <summary>Generated designs of the size that real teams reach, for layout, canvas and playground tests.</summary>
internal static class BigDesigns
{
    /// <summary>A word per manager, so that a message naming one (say "jungle") makes the simulated triage hand off to that manager.</summary>
    public static readonly string[] ManagerTopics = ["alpine", "bakery", "canyon", "delta", "estuary", "fjord", "glacier", "harbour", "island", "jungle"];

    /// <summary>
    /// 100 agents, without a layout: a triage agent hands off to 10 managers, which use 89 specialists (agents) as
    /// tools, 9 each and 8 for the last. Manager <c>m{i}</c> handles <see cref="ManagerTopics"/>[i]; specialist
    /// <c>s{i}-{k}</c> works for manager <c>m{i}</c>. Valid: no errors.
    /// </summary>
    public static DesignDocument TriageManagersSpecialists()
    {
        const string Instructions = "Help the user. If a tool fails, apologise and escalate.";
        var agents = new List<AgentDefinition> { new() { Id = "triage", Name = "Triage", Instructions = Instructions, Model = "gpt-4o-mini" } };
        var edges = new List<DesignEdge>();
        var specialists = 89;
        for (var m = 0; m < ManagerTopics.Length; m++)
        {
            var topic = ManagerTopics[m];
            agents.Add(new() { Id = $"m{m}", Name = $"Manager{m}", Instructions = Instructions, HandoffDescription = $"The {topic} desk", Model = "gpt-4o-mini" });
            edges.Add(new HandoffEdge { Id = $"h{m}", From = "triage", To = $"m{m}", Description = $"Questions on the {topic}" });
            var team = Math.Min(9, specialists);
            specialists -= team;
            for (var k = 0; k < team; k++)
            {
                agents.Add(new() { Id = $"s{m}-{k}", Name = $"Specialist{m}x{k}", Instructions = Instructions, HandoffDescription = $"Specialist {k} of team {m}", Model = "gpt-4o-mini" });
                edges.Add(new ToolEdge { Id = $"t{m}-{k}", From = $"m{m}", To = $"s{m}-{k}" });
            }
        }

        return new DesignDocument { Name = "Hundred agents", Entry = "triage", Agents = agents, Edges = edges };
    }

    /// <summary>
    /// The canvas-performance graph of <paramref name="nodes"/> nodes and 2 × <paramref name="nodes"/> links, laid out
    /// on a square grid: 3/5 agents (<c>a{i}</c>), 2/5 mock tools (<c>t{i}</c>); agent <c>a{i}</c> hands off to the next
    /// two agents and uses two tools, until there are twice as many links as nodes. Valid: no errors.
    /// </summary>
    public static DesignDocument AgentsAndTools(int nodes)
    {
        var agentCount = nodes * 3 / 5;
        var toolCount = nodes - agentCount;
        var agents = Enumerable.Range(0, agentCount).Select(i => new AgentDefinition { Id = $"a{i}", Name = $"Agent{i}", Instructions = "Help. If a tool fails, apologise and escalate.", HandoffDescription = $"Area {i}", Model = "gpt-4o-mini" }).ToList();
        var tools = Enumerable.Range(0, toolCount).Select(i => (ToolDefinition)new MockTool { Id = $"t{i}", Name = $"tool_{i}", Description = "Looks up", Response = "ok" }).ToList();
        var edges = new List<DesignEdge>();
        for (var i = 0; i < agentCount && edges.Count < 2 * nodes; i++)
        {
            foreach (var next in new[] { i + 1, i + 2 }.Where(n => n < agentCount))
            {
                edges.Add(new HandoffEdge { Id = $"h{i}-{next}", From = $"a{i}", To = $"a{next}", Description = "Next area" });
            }

            edges.Add(new ToolEdge { Id = $"u{i}", From = $"a{i}", To = $"t{i % toolCount}" });
            edges.Add(new ToolEdge { Id = $"v{i}", From = $"a{i}", To = $"t{(i + 7) % toolCount}" });
        }

        // Agents first, then tools, row by row on one grid as wide as it is tall.
        var columns = (int)Math.Ceiling(Math.Sqrt(nodes));
        var ids = agents.Select(a => a.Id).Concat(tools.Select(t => t.Id)).ToList();
        var layout = ids.Select((id, k) => (id, k)).ToDictionary(p => p.id, p => new CanvasPosition((p.k % columns) * 300, (p.k / columns) * 240));
        return new DesignDocument { Name = $"Canvas {nodes}", Entry = "a0", Agents = agents, Tools = tools, Edges = [.. edges.Take(2 * nodes)], Layout = layout };
    }
}
