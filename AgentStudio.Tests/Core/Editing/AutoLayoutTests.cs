using AgentStudio.Core.Designs;
using AgentStudio.Core.Editing;
using AgentStudio.Core.Templates;
using AgentStudio.Tests.Support;
using static AgentStudio.Tests.Core.Validation.DesignBuilder;

namespace AgentStudio.Tests.Core.Editing;

/// <summary>The layered auto-layout: left to right from the entry, fewer crossings, wide levels wrapped to a screen's shape.</summary>
public sealed class AutoLayoutTests
{
    [Fact]
    public void HundredAgents_WrapIntoAScreenShapedLayout_WithoutOverlaps()
    {
        var design = BigDesigns.TriageManagersSpecialists();

        var layout = AutoLayout.Layered(design);

        Assert.Equal(100, layout.Count);
        var (width, height) = Bounds(design, layout);
        // One column of 89 specialists was 11,500 px tall and 15 times taller than wide.
        Assert.InRange(width / height, 1 / 3.0, 3.0);
        Assert.InRange(height, 0, 2_500);
        AssertNoOverlaps(design, layout);
    }

    [Fact]
    public void HundredAgents_ReadLeftToRightFromTheEntry()
    {
        var design = BigDesigns.TriageManagersSpecialists();

        var layout = AutoLayout.Layered(design);

        var managers = design.Agents.Where(a => a.Id.StartsWith('m')).Select(a => layout[a.Id]).ToList();
        var specialists = design.Agents.Where(a => a.Id.StartsWith('s')).Select(a => layout[a.Id]).ToList();
        Assert.True(layout.Values.All(p => p.X >= layout["triage"].X), "the entry is not the left-most node");
        Assert.True(managers.Max(p => p.X) < specialists.Min(p => p.X), "a specialist sits left of a manager");
        Assert.True(managers.Max(p => p.X) > layout["triage"].X, "a manager is not right of the entry");
    }

    [Fact]
    public void HundredAgents_EachTeamSitsNearItsManager()
    {
        var design = BigDesigns.TriageManagersSpecialists();

        var layout = AutoLayout.Layered(design);

        // Managers keep their order top to bottom, and their specialists follow: team 0 above team 9.
        var managerYs = Enumerable.Range(0, 10).Select(m => layout[$"m{m}"].Y).ToList();
        Assert.Equal(managerYs.Order(), managerYs);
        var teamY = Enumerable.Range(0, 10).Select(m => design.Agents.Where(a => a.Id.StartsWith($"s{m}-", StringComparison.Ordinal)).Average(a => layout[a.Id].Y)).ToList();
        Assert.Equal(teamY.Order(), teamY);
    }

    [Fact]
    public void CrossingEdges_AreUncrossedByOrderingTheLevel()
    {
        // Tools listed x before y, but a (above b) uses y and b uses x: in the design's order the two tool edges cross.
        var design = new DesignDocument
        {
            Name = "Crossing",
            Entry = "triage",
            Agents = [Agent("triage"), Agent("a"), Agent("b")],
            Tools = [Mock("x"), Mock("y")],
            Edges = [Handoff("h1", "triage", "a"), Handoff("h2", "triage", "b"), Tool("t1", "a", "y"), Tool("t2", "b", "x")],
        };

        var layout = AutoLayout.Layered(design);

        Assert.True(layout["a"].Y < layout["b"].Y);
        Assert.True(layout["y"].Y < layout["x"].Y, "tool edges a→y and b→x cross");
    }

    [Fact]
    public void SmallDesign_OneColumnPerLevel_AsBefore()
    {
        var support = DesignTemplates.Find("customer-support")!.Design;

        var layout = AutoLayout.Layered(support);

        Assert.Equal(CanvasGeometry.LayoutMargin, layout["triage"].X);
        Assert.Equal(layout["triage"].X + CanvasGeometry.LayoutColumnWidth, layout["billing"].X);
        Assert.Equal(layout["billing"].X, layout["technical"].X);
        Assert.Equal(layout["billing"].X + CanvasGeometry.LayoutColumnWidth, layout["lookup_invoices"].X);
        Assert.Equal(CanvasGeometry.LayoutRowHeight, Math.Abs(layout["technical"].Y - layout["billing"].Y));
        AssertNoOverlaps(support, layout);
    }

    [Fact]
    public void ALevelOfEight_StaysOneColumn()
    {
        var tools = Enumerable.Range(0, 8).Select(i => Mock($"tool{i}")).ToList();
        var design = new DesignDocument
        {
            Name = "Eight tools",
            Entry = "triage",
            Agents = [Agent("triage")],
            Tools = tools,
            Edges = [.. tools.Select(t => Tool($"e-{t.Id}", "triage", t.Id))],
        };

        var layout = AutoLayout.Layered(design);

        Assert.Single(tools.Select(t => layout[t.Id].X).Distinct());
    }

    [Fact]
    public void NotesAndUnreachableNodes_TakeTheLastColumns()
    {
        var design = Clean() with
        {
            Agents = [.. Clean().Agents, Agent("orphan")],
            Notes = [new DesignNote { Id = "n1", Text = "A note" }],
        };

        var layout = AutoLayout.Layered(design);

        Assert.True(layout["orphan"].X > layout["lookup"].X);
        Assert.True(layout["n1"].X > layout["orphan"].X);
    }

    [Fact]
    public void Complete_KeepsEveryPositionTheDesignHas_AndPlacesOnlyTheRest()
    {
        var design = Clean() with { Layout = new Dictionary<string, CanvasPosition> { ["triage"] = new(500, 700) } };

        var positions = AutoLayout.Complete(design);

        Assert.Equal(new CanvasPosition(500, 700), positions["triage"]);
        Assert.Equal(AutoLayout.Layered(design)["billing"], positions["billing"]);
        Assert.Equal(3, positions.Count);
    }

    private static (double Width, double Height) Bounds(DesignDocument design, IReadOnlyDictionary<string, CanvasPosition> layout)
    {
        var boxes = Boxes(design, layout).ToList();
        return (boxes.Max(b => b.X + b.W) - boxes.Min(b => b.X), boxes.Max(b => b.Y + b.H) - boxes.Min(b => b.Y));
    }

    private static void AssertNoOverlaps(DesignDocument design, IReadOnlyDictionary<string, CanvasPosition> layout)
    {
        var boxes = Boxes(design, layout).ToList();
        for (var i = 0; i < boxes.Count; i++)
        {
            for (var j = i + 1; j < boxes.Count; j++)
            {
                var (a, b) = (boxes[i], boxes[j]);
                var overlap = a.X < b.X + b.W && b.X < a.X + a.W && a.Y < b.Y + b.H && b.Y < a.Y + a.H;
                Assert.False(overlap, $"{a.Id} overlaps {b.Id}");
            }
        }
    }

    private static IEnumerable<(string Id, double X, double Y, double W, double H)> Boxes(DesignDocument design, IReadOnlyDictionary<string, CanvasPosition> layout) =>
        design.Agents.Select(a => (a.Id, CanvasGeometry.AgentHeight))
            .Concat(design.Tools.Select(t => (t.Id, CanvasGeometry.ToolOrNoteHeight)))
            .Concat(design.Notes.Select(n => (n.Id, CanvasGeometry.ToolOrNoteHeight)))
            .Select(n => (n.Id, layout[n.Id].X, layout[n.Id].Y, CanvasGeometry.NodeWidth, n.Item2));
}
