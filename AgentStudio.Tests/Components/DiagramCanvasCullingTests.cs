using AgentStudio.Diagram;
using Bunit;
using MudBlazor.Services;

namespace AgentStudio.Tests.Components;

/// <summary>
/// The editor's canvas renders the nodes and links in the reported view plus half a view of margin on every side,
/// the selection wherever it is, and an overview without details when zoomed far out.
/// </summary>
public sealed class DiagramCanvasCullingTests : IAsyncDisposable
{
    // A 30 × 30 grid of agents, 300 apart across and 200 down (node n-{column}-{row} at 300·column, 200·row), each
    // handing off to its right neighbour; plus one long link from the top left to the bottom right corner.
    private const int Side = 30;
    private readonly BunitContext _context = new();

    public DiagramCanvasCullingTests()
    {
        _context.JSInterop.Mode = JSRuntimeMode.Loose;
        _context.JSInterop.AnswerCanvasOpen();
        _context.Services.AddMudServices();
    }

    private static (IReadOnlyList<DiagramNode> Nodes, IReadOnlyList<DiagramLink> Links) Grid()
    {
        var nodes = new List<DiagramNode>();
        var links = new List<DiagramLink>();
        for (var column = 0; column < Side; column++)
        {
            for (var row = 0; row < Side; row++)
            {
                nodes.Add(new DiagramNode($"n-{column}-{row}", DiagramNodeKind.Agent, column * 300, row * 200, $"Agent {column} {row}", "gpt-4o", false));
                if (column + 1 < Side)
                {
                    links.Add(new DiagramLink($"h-{column}-{row}", true, $"n-{column}-{row}", $"n-{column + 1}-{row}", $"transfer_{column}_{row}"));
                }
            }
        }

        links.Add(new DiagramLink("diagonal", false, "n-0-0", $"n-{Side - 1}-{Side - 1}", "far_tool"));
        return (nodes, links);
    }

    private IRenderedComponent<DiagramCanvas> Render(bool readOnly = false, IReadOnlySet<string>? selection = null, IReadOnlySet<string>? activeIds = null)
    {
        var (nodes, links) = Grid();
        return _context.Render<DiagramCanvas>(p => p
            .Add(x => x.Nodes, nodes).Add(x => x.Links, links).Add(x => x.ReadOnly, readOnly)
            .Add(x => x.Selection, selection ?? new HashSet<string>()).Add(x => x.ActiveIds, activeIds ?? new HashSet<string>()));
    }

    private static Task ReportViewAsync(IRenderedComponent<DiagramCanvas> cut, double x, double y, double width, double height, double zoom) =>
        cut.InvokeAsync(() => cut.Instance.ViewChanged(x, y, width, height, zoom));

    private static HashSet<string> NodeIds(IRenderedComponent<DiagramCanvas> cut) =>
        [.. cut.FindAll(".diagram-node").Select(n => n.GetAttribute("data-id")!)];

    private static HashSet<string> LinkIds(IRenderedComponent<DiagramCanvas> cut) =>
        [.. cut.FindAll("path.diagram-link").Select(n => n.GetAttribute("data-edge")!)];

    [Fact]
    public async Task ReportedView_RendersOnlyTheNodesInItPlusHalfAViewEachWay()
    {
        var cut = Render();

        // Visible: x 3000..4200, y 2000..2800; with the margin x 2400..4800, y 1600..3200. A node (220 × 84) is
        // drawn when its box meets that: columns 8 (2400..2620) to 16 (4800), rows 8 (1600..1684) to 16 (3200).
        await ReportViewAsync(cut, 3000, 2000, 1200, 800, 1);

        var expected = (from column in Enumerable.Range(8, 9) from row in Enumerable.Range(8, 9) select $"n-{column}-{row}").ToHashSet();
        Assert.Equal(expected, NodeIds(cut));
    }

    [Fact]
    public async Task ReportedView_KeepsLinksWithAnEndOrTheirCurveInIt_AndDropsTheOthers()
    {
        var cut = Render();

        await ReportViewAsync(cut, 3000, 2000, 1200, 800, 1);

        var links = LinkIds(cut);
        // From column 7 (not drawn) into column 8 (drawn), and out of column 16 into 17: one end is in the area.
        Assert.Contains("h-7-10", links);
        Assert.Contains("h-16-10", links);
        // Both ends far away, its curve crossing the screen: still seen.
        Assert.Contains("diagonal", links);
        Assert.DoesNotContain("h-2-10", links);
        Assert.DoesNotContain("h-10-2", links);
        Assert.DoesNotContain("h-20-25", links);
    }

    [Fact]
    public async Task Panning_RendersTheNodesThatComeIntoView_AndDropsThoseThatLeave()
    {
        var cut = Render();
        await ReportViewAsync(cut, 0, 0, 1200, 800, 1);
        Assert.Contains("n-0-0", NodeIds(cut));
        Assert.DoesNotContain("n-25-25", NodeIds(cut));

        await ReportViewAsync(cut, 7000, 4800, 1200, 800, 1);

        Assert.Contains("n-25-25", NodeIds(cut));
        Assert.DoesNotContain("n-0-0", NodeIds(cut));
    }

    [Fact]
    public async Task SelectedNode_IsRenderedWhereverItIs()
    {
        var cut = Render(selection: new HashSet<string> { "n-29-29" });

        await ReportViewAsync(cut, 0, 0, 1200, 800, 1);

        Assert.Contains("n-29-29", NodeIds(cut));
        Assert.DoesNotContain("n-28-29", NodeIds(cut));
    }

    [Fact]
    public void BeforeTheBrowserReports_TheUntransformedScreenIsRendered_NotTheWholeDesign()
    {
        var cut = Render();

        // The prerendered page shows the canvas at the origin, zoom 1: a large screen (1920 × 1080, x 0..1920 and
        // y 0..1080) and half of it again on every side (x up to 2880, y up to 1620).
        var nodes = NodeIds(cut);
        Assert.Contains("n-0-0", nodes);
        Assert.Contains("n-9-8", nodes);
        Assert.DoesNotContain("n-10-0", nodes);
        Assert.DoesNotContain("n-0-9", nodes);
        Assert.Equal(10 * 9, nodes.Count);
    }

    [Fact]
    public async Task ZoomedFarOut_DrawsAnOverview_WithoutIconsSubtitlesPortsLabelsOrHitPaths()
    {
        var cut = Render();
        await ReportViewAsync(cut, 0, 0, 1200, 800, 1);
        Assert.NotEmpty(cut.FindAll(".diagram-node-subtitle"));
        Assert.NotEmpty(cut.FindAll(".diagram-node svg"));
        Assert.NotEmpty(cut.FindAll("[data-port]"));
        Assert.NotEmpty(cut.FindAll("text.diagram-link-label"));
        Assert.NotEmpty(cut.FindAll("path.diagram-link-hit"));
        Assert.Equal(cut.FindAll("path.diagram-link").Count, cut.FindAll("svg.diagram-links > g").Count);

        // Just below the threshold, the whole grid (9,000 × 6,000 units) in a 1,200 × 800 canvas seen at ~0.13.
        await ReportViewAsync(cut, -100, -100, 9400, 6200, DiagramDetails.OverviewBelowZoom - 0.01);

        Assert.Equal(Side * Side, cut.FindAll(".diagram-node").Count);
        Assert.Equal("overview", cut.Find(".diagram-root").GetAttribute("data-detail"));
        Assert.Empty(cut.FindAll(".diagram-node-subtitle"));
        Assert.Empty(cut.FindAll(".diagram-node svg"));
        Assert.Empty(cut.FindAll("[data-port]"));
        Assert.Empty(cut.FindAll("text.diagram-link-label"));
        Assert.Empty(cut.FindAll("path.diagram-link-hit"));
        // Each link is its path alone, no group around it: an element less per link (4,000 in a fitted 2,000-node design).
        Assert.NotEmpty(cut.FindAll("svg.diagram-links > path.diagram-link"));
        Assert.Empty(cut.FindAll("svg.diagram-links g"));
        // The nodes keep their names, on screen and for screen readers.
        Assert.Contains("Agent 3 4", cut.Find("[data-testid=node-n-3-4]").TextContent, StringComparison.Ordinal);
        Assert.StartsWith("Agent 3 4 gpt-4o", cut.Find("[data-testid=node-n-3-4]").GetAttribute("aria-label"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadOnlyCanvas_RendersWhatIsInView_AndWhatARunUsesWhereverItIs()
    {
        // The playground's canvas during a run: the agent in control and the handoff that brought it there are far
        // down the grid, out of the view the browser reports.
        var cut = Render(readOnly: true, activeIds: new HashSet<string> { "n-29-29", "h-27-28" });

        await ReportViewAsync(cut, 0, 0, 1200, 800, 1);

        var nodes = NodeIds(cut);
        Assert.Contains("n-0-0", nodes);
        Assert.Contains("n-29-29", nodes);
        Assert.DoesNotContain("n-28-29", nodes);
        Assert.DoesNotContain("n-20-20", nodes);
        Assert.InRange(nodes.Count, 2, 7 * 7 + 1);
        var links = LinkIds(cut);
        Assert.Contains("h-27-28", links);
        Assert.DoesNotContain("h-20-20", links);
        Assert.Contains(cut.FindAll("path.diagram-link"), l => l.GetAttribute("data-edge") == "h-27-28" && l.ClassList.Contains("active"));
    }

    [Fact]
    public async Task ReadOnlyCanvas_PannedToTheRunningAgent_RendersItsSurroundings()
    {
        var cut = Render(readOnly: true, activeIds: new HashSet<string> { "n-29-29" });
        await ReportViewAsync(cut, 0, 0, 1200, 800, 1);
        Assert.DoesNotContain("n-28-28", NodeIds(cut));

        // The canvas revealed the running agent: the browser reports the view centred on it.
        await ReportViewAsync(cut, (29 * 300) + 110 - 600, (29 * 200) + 42 - 400, 1200, 800, 1);

        Assert.Contains("n-28-28", NodeIds(cut));
        Assert.DoesNotContain("n-0-0", NodeIds(cut));
    }

    [Fact]
    public async Task MinimapShowsEveryNode_WhateverIsInView()
    {
        var cut = Render();

        await ReportViewAsync(cut, 0, 0, 1200, 800, 1);

        // The browser draws the minimap from the node rows it is sent (minimap-drawing.js): every node's, not just those in view.
        var options = Assert.Single(_context.JSInterop.Invocations["open"]).Arguments[2]!;
        var rows = Assert.IsAssignableFrom<IReadOnlyList<object[]>>(options.GetType().GetProperty("nodes")!.GetValue(options));
        Assert.Equal(Side * Side, rows.Count);
        Assert.True(cut.FindAll(".diagram-node").Count < Side * Side);
        // The server sends nothing per node for it: the minimap arrives empty, with its name.
        var map = cut.Find("[data-testid=minimap]");
        Assert.Empty(map.Children);
        Assert.Equal("Minimap of the whole design: press or drag on it to move the view", map.GetAttribute("aria-label"));
    }

    public ValueTask DisposeAsync() => _context.DisposeAsync();
}
