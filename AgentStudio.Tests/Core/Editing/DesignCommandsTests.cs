using AgentStudio.Core.Designs;
using AgentStudio.Core.Editing;
using AgentStudio.Core.Templates;

namespace AgentStudio.Tests.Core.Editing;

public sealed class DesignCommandsTests
{
    private static readonly DesignDocument Empty = new() { Name = "Empty" };

    [Fact]
    public void AddAgent_GivesAStableSlug_APosition_AndMakesTheFirstAgentTheEntry()
    {
        var (one, first) = DesignCommands.AddAgent(Empty, new CanvasPosition(10.4, 20.6));
        var (two, second) = DesignCommands.AddAgent(one, new CanvasPosition(300, 20));

        Assert.Equal(("agent-1", "agent-2"), (first, second));
        Assert.Equal("agent-1", two.Entry);
        Assert.Equal(new CanvasPosition(10, 21), two.Layout["agent-1"]);
        Assert.Equal(["Agent1", "Agent2"], two.Agents.Select(a => a.Name));
    }

    [Fact]
    public void IdsAreNeverReused_AfterADelete()
    {
        var (one, _) = DesignCommands.AddAgent(Empty, default);
        var (two, _) = DesignCommands.AddAgent(one, default);
        var deleted = DesignCommands.Delete(two, new HashSet<string> { "agent-1" });

        var (three, id) = DesignCommands.AddAgent(deleted, default);

        Assert.Equal("agent-3", id);
        Assert.Equal("agent-2", three.Entry);
    }

    [Theory]
    [InlineData("mock", typeof(MockTool))]
    [InlineData("builtin", typeof(BuiltinTool))]
    [InlineData("http", typeof(HttpTool))]
    [InlineData("mcp", typeof(McpTool))]
    public void AddTool_OfEachKind(string kind, Type type)
    {
        var (design, id) = DesignCommands.AddTool(Empty, kind, new CanvasPosition(1, 2));

        Assert.IsType(type, Assert.Single(design.Tools));
        Assert.Equal("tool-1", id);
    }

    [Fact]
    public void Delete_RemovesAttachedEdgesAndLayout_AndMovesTheEntry()
    {
        var support = DesignTemplates.Find("customer-support")!.Design;

        var design = DesignCommands.Delete(support, new HashSet<string> { "triage" });

        Assert.DoesNotContain(design.Agents, a => a.Id == "triage");
        Assert.DoesNotContain(design.Edges, e => e.From == "triage" || e.To == "triage");
        Assert.False(design.Layout.ContainsKey("triage"));
        Assert.Equal("billing", design.Entry);
    }

    [Fact]
    public void Move_ChangesOnlyTheLayout()
    {
        var support = DesignTemplates.Find("customer-support")!.Design;

        var moved = DesignCommands.Move(support, new Dictionary<string, CanvasPosition> { ["billing"] = new(999, 111) });

        Assert.Equal(new CanvasPosition(999, 111), moved.Layout["billing"]);
        Assert.Same(support.Agents, moved.Agents);
        Assert.Same(support.Edges, moved.Edges);
    }

    [Fact]
    public void Connect_AddsTheRightKindOfEdge()
    {
        var (one, _) = DesignCommands.AddAgent(Empty, default);
        var (two, _) = DesignCommands.AddAgent(one, default);

        var (handoff, h) = DesignCommands.Connect(two, handoff: true, "agent-1", "agent-2");
        var (tool, t) = DesignCommands.Connect(handoff, handoff: false, "agent-2", "agent-1");

        Assert.IsType<HandoffEdge>(tool.Edges.Single(e => e.Id == h));
        Assert.IsType<ToolEdge>(tool.Edges.Single(e => e.Id == t));
    }

    [Fact]
    public void ArrangeAll_LaysOutLeftToRightFromTheEntry()
    {
        var support = DesignTemplates.Find("customer-support")!.Design with { Layout = new Dictionary<string, CanvasPosition>() };

        var arranged = DesignCommands.ArrangeAll(support);

        Assert.True(arranged.Layout["triage"].X < arranged.Layout["billing"].X);
        Assert.Equal(arranged.Layout["billing"].X, arranged.Layout["technical"].X);
        Assert.True(arranged.Layout["billing"].X < arranged.Layout["lookup_invoices"].X);
        Assert.NotEqual(arranged.Layout["billing"].Y, arranged.Layout["technical"].Y);
    }
}
