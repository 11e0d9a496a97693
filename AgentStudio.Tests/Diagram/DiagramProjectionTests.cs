using AgentStudio.Core.Designs;
using AgentStudio.Core.Templates;
using AgentStudio.Diagram;

namespace AgentStudio.Tests.Diagram;

public sealed class DiagramProjectionTests
{
    [Fact]
    public void Hybrid_ProjectsANodePerElement_AndTypedLinksWithTheNamesTheModelSees()
    {
        var design = DesignTemplates.Find("hybrid-support")!.Design;

        var (nodes, links) = DiagramProjection.Project(design);

        Assert.Equal(design.Agents.Count + design.Tools.Count + design.Notes.Count, nodes.Count);
        Assert.True(nodes.Single(n => n.Id == "triage").IsEntry);
        Assert.Equal("gpt-4o-mini", nodes.Single(n => n.Id == "invoice-lookup").Subtitle);
        Assert.Contains(links, l => l.IsHandoff && l.SourceId == "triage" && l.TargetId == "billing" && l.Label == "transfer_to_billingagent");
        Assert.Contains(links, l => !l.IsHandoff && l.SourceId == "billing" && l.Label == "lookup_invoice");
    }

    [Fact]
    public void ElementsWithoutAPosition_AreLaidOut_WithoutOverlapping()
    {
        var design = DesignTemplates.Find("hybrid-support")!.Design with { Layout = new Dictionary<string, CanvasPosition>() };

        var (nodes, _) = DiagramProjection.Project(design);

        Assert.Equal(nodes.Count, nodes.Select(n => (n.X, n.Y)).Distinct().Count());
    }

    [Fact]
    public void LinkPaths_StartAtTheRightPort_AndEndAtTheTargetsLeftMiddle()
    {
        var source = new DiagramNode("a", DiagramNodeKind.Agent, 0, 0, "A", "", true);
        var target = new DiagramNode("b", DiagramNodeKind.Tool, 400, 100, "B", "", false);

        Assert.Equal("M 220 26 C 310 26, 310 130, 400 130", LinkGeometry.Path(source, target, handoff: true));
        Assert.StartsWith("M 220 62 ", LinkGeometry.Path(source, target, handoff: false), StringComparison.Ordinal);
    }
}
