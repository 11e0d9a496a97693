using AgentStudio.Core.Designs;
using AgentStudio.Core.Exporting;

namespace AgentStudio.Tests.Exporting;

/// <summary>The one depth-first walk every generator orders its agents with.</summary>
public sealed class AgentDependencyWalkTests
{
    private static AgentDefinition Agent(string id) => new() { Id = id, Name = id.ToUpperInvariant(), Model = "gpt-4o-mini" };

    private static DesignDocument Design(string[] agents, params DesignEdge[] edges) =>
        new() { Name = "Walked", Entry = agents[0], Agents = [.. agents.Select(Agent)], Edges = edges };

    private static (List<string> Entered, List<string> Finished, List<string> CycleEdges) Walk(DesignDocument design, Func<DesignEdge, bool>? follows = null)
    {
        var entered = new List<string>();
        var finished = new List<string>();
        var cycles = new List<string>();
        new AgentDependencyWalk(design, follows)
        {
            Entered = a => entered.Add(a.Id),
            Finished = a => finished.Add(a.Id),
            ClosesCycle = e => cycles.Add(e.Id),
        }.Walk(design.Agents);
        return (entered, finished, cycles);
    }

    [Fact]
    public void EveryAgentFinishesAfterTheAgentsItPointsTo_AndIsReachedBeforeThem()
    {
        var design = Design(["a", "b", "c", "d"],
            new HandoffEdge { Id = "ab", From = "a", To = "b" },
            new ToolEdge { Id = "ac", From = "a", To = "c" },
            new ToolEdge { Id = "cb", From = "c", To = "b" });

        var (entered, finished, cycles) = Walk(design);

        Assert.Equal(["a", "b", "c", "d"], entered);
        Assert.Equal(["b", "c", "a", "d"], finished);
        Assert.Empty(cycles);
    }

    [Fact]
    public void AnEdgeBackToAnAgentOnThePath_ClosesACycle_AndSelfLoopsToo()
    {
        var design = Design(["a", "b"],
            new HandoffEdge { Id = "ab", From = "a", To = "b" },
            new HandoffEdge { Id = "ba", From = "b", To = "a" },
            new HandoffEdge { Id = "bb", From = "b", To = "b" });

        var (_, finished, cycles) = Walk(design);

        Assert.Equal(["b", "a"], finished);
        Assert.Equal(["ba", "bb"], cycles);
    }

    [Fact]
    public void EdgesToToolsOrMissingAgents_AndEdgesTheFilterRefuses_AreNotFollowed()
    {
        var design = Design(["a", "b"],
            new HandoffEdge { Id = "ab", From = "a", To = "b" },
            new ToolEdge { Id = "ax", From = "a", To = "no-such-node" },
            new HandoffEdge { Id = "ba", From = "b", To = "a" });

        var (_, finished, cycles) = Walk(design, e => e is HandoffEdge);
        Assert.Equal(["b", "a"], finished);
        Assert.Equal(["ba"], cycles);

        var (_, toolsOnly, noCycles) = Walk(design, e => e is ToolEdge);
        Assert.Equal(["a", "b"], toolsOnly);
        Assert.Empty(noCycles);
    }

    [Fact]
    public void AnAgentIdGivenTwice_IsWalkedOnce_AsTheFirstOfThatId()
    {
        var design = new DesignDocument
        {
            Name = "Twice",
            Entry = "a",
            Agents = [Agent("a"), Agent("b"), new AgentDefinition { Id = "b", Name = "Second", Model = "gpt-4o-mini" }],
            Edges = [new ToolEdge { Id = "ab", From = "a", To = "b" }],
        };
        var finished = new List<AgentDefinition>();

        new AgentDependencyWalk(design) { Finished = finished.Add }.Walk(design.Agents);

        Assert.Equal(["B", "A"], finished.Select(a => a.Name));
    }
}
