using AgentStudio.Core.Designs;

namespace AgentStudio.Benchmarks;

/// <summary>
/// A generated design of <c>n</c> agents shaped like real ones: a triage agent hands off to specialists, each
/// specialist uses two sub-agents as tools and a mock tool; every agent is reachable and has a fallback.
/// </summary>
internal static class LargeDesign
{
    public static DesignDocument Generate(int agentCount)
    {
        var agents = new List<AgentDefinition> { Agent("triage") };
        var edges = new List<DesignEdge>();
        var tools = new List<ToolDefinition>();
        var specialist = 0;
        while (agents.Count < agentCount)
        {
            var id = $"specialist-{specialist}";
            agents.Add(Agent(id));
            edges.Add(new HandoffEdge { Id = $"h-{specialist}", From = "triage", To = id, Description = $"Questions about area {specialist}" });
            for (var sub = 0; sub < 2 && agents.Count < agentCount; sub++)
            {
                var subId = $"{id}-helper-{sub}";
                agents.Add(Agent(subId));
                edges.Add(new ToolEdge { Id = $"t-{specialist}-{sub}", From = id, To = subId });
            }

            var toolId = $"lookup-{specialist}";
            tools.Add(new MockTool { Id = toolId, Name = $"lookup_{specialist}", Description = "Looks things up", Response = "found {{q}}" });
            edges.Add(new ToolEdge { Id = $"m-{specialist}", From = id, To = toolId });
            specialist++;
        }

        return new DesignDocument { Name = $"{agentCount} agents", Entry = "triage", Agents = agents, Edges = edges, Tools = tools };
    }

    private static AgentDefinition Agent(string id) => new()
    {
        Id = id,
        Name = id.Replace("-", "_", StringComparison.Ordinal) + "_agent",
        Instructions = "Answer the customer's question. If a tool fails, apologise and escalate to a person.",
        HandoffDescription = $"Handles {id} questions",
        Model = "gpt-4o-mini",
    };
}
