using AgentStudio.Diagram;

namespace AgentStudio.Tests.Diagram;

/// <summary>The browser's copy of the nodes' geometry is sent whole once, then only what changed.</summary>
public sealed class NodeGeometryFeedTests
{
    private static DiagramNode Agent(string id, double x, bool entry = false) => new(id, DiagramNodeKind.Agent, x, 10, id, "gpt-4o", entry);

    [Fact]
    public void FirstUpdate_SendsEveryNodeAsACompactRow()
    {
        var feed = new NodeGeometryFeed();

        var (upserts, removals) = feed.Update([Agent("a", 1, entry: true), new DiagramNode("t", DiagramNodeKind.Tool, 5, 6, "t", "mock tool", false)]);

        Assert.Equal([["a", 1d, 10d, 84d, "agent", 1], ["t", 5d, 6d, 60d, "tool", 0]], upserts);
        Assert.Empty(removals);
    }

    [Fact]
    public void LaterUpdates_SendOnlyMovedAddedAndRemovedNodes()
    {
        var feed = new NodeGeometryFeed();
        feed.Update([Agent("a", 1), Agent("b", 2), Agent("c", 3)]);

        // b moved, c went, d came, a was renamed (its geometry is the same).
        var (upserts, removals) = feed.Update([Agent("a", 1) with { Title = "renamed" }, Agent("b", 20), Agent("d", 4)]);

        Assert.Equal(["b", "d"], upserts.Select(u => (string)u[0]));
        Assert.Equal(["c"], removals);
        var (again, gone) = feed.Update([Agent("a", 1), Agent("b", 20), Agent("d", 4)]);
        Assert.Empty(again);
        Assert.Empty(gone);
    }
}
