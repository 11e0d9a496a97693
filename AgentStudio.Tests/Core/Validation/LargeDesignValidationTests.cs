using AgentStudio.Core.Designs;
using AgentStudio.Core.Validation;
using static AgentStudio.Tests.Core.Validation.DesignBuilder;

namespace AgentStudio.Tests.Core.Validation;

public sealed class LargeDesignValidationTests
{
    [Fact]
    public void ThousandAgentTree_IsValid()
    {
        Assert.Empty(DesignValidator.Validate(Tree(1_000)));
    }

    [Fact]
    public void ThousandAgentTree_WithOneCutEdge_ReportsExactlyTheCutSubtreeAsUnreachable()
    {
        var design = Tree(1_000);
        // Agent i's parent is (i - 1) / 2; removing the edge into agent 1 cuts off its whole subtree.
        design = design with { Edges = design.Edges.Where(e => e.To != "a1").ToList() };

        var unreachable = DesignValidator.Validate(design).Where(p => p.Code == ProblemCodes.UnreachableAgent).Select(p => p.NodeId!).ToHashSet();

        var expected = Enumerable.Range(0, 1_000).Where(i => InSubtree(i, 1)).Select(i => $"a{i}").ToHashSet();
        Assert.Equal(expected, unreachable);
    }

    [Fact]
    public void LongChainOfAgentsAsTools_ClosedIntoACycle_IsFoundWithoutOverflowingTheStack()
    {
        const int length = 20_000;
        var agents = Enumerable.Range(0, length).Select(i => Agent($"a{i}", name: $"Agent{i}")).ToList();
        var edges = Enumerable.Range(0, length).Select(i => (DesignEdge)Tool($"e{i}", $"a{i}", $"a{(i + 1) % length}")).ToList();

        var problems = DesignValidator.Validate(new DesignDocument { Name = "Chain", Entry = "a0", Agents = agents, Edges = edges });

        var cycle = Assert.Single(problems, p => p.Code == ProblemCodes.AgentToolCycle);
        Assert.StartsWith("Agents call each other as tools in a cycle (Agent0 → Agent1 → ", cycle.Message, StringComparison.Ordinal);
        Assert.Contains("→ Agent7 → … → Agent0) of 20,000 agents", cycle.Message, StringComparison.Ordinal);
    }

    private static bool InSubtree(int node, int root)
    {
        for (; node > root; node = (node - 1) / 2)
        {
        }

        return node == root;
    }

    private static DesignDocument Tree(int count) => new()
    {
        Name = "Tree",
        Entry = "a0",
        Agents = Enumerable.Range(0, count).Select(i => Agent($"a{i}", name: $"Agent{i}")).ToList(),
        Edges = Enumerable.Range(1, count - 1)
            .Select(i => i % 2 == 0 ? (DesignEdge)Tool($"e{i}", $"a{(i - 1) / 2}", $"a{i}") : Handoff($"e{i}", $"a{(i - 1) / 2}", $"a{i}"))
            .ToList(),
    };
}
