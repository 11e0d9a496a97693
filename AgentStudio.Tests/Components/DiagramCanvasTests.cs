using AgentStudio.Core.Designs;
using AgentStudio.Core.Templates;
using AgentStudio.Designer;
using AgentStudio.Diagram;
using Bunit;
using MudBlazor.Services;

namespace AgentStudio.Tests.Components;

/// <summary>The canvas draws typed links and nodes with their state; the browser's gestures arrive as intents.</summary>
public sealed class DiagramCanvasTests : IAsyncDisposable
{
    private readonly BunitContext _context = new();

    public DiagramCanvasTests()
    {
        _context.JSInterop.Mode = JSRuntimeMode.Loose;
        _context.JSInterop.AnswerCanvasOpen();
        _context.Services.AddMudServices();
    }

    private IRenderedComponent<DiagramCanvas> Render(Action<ComponentParameterCollectionBuilder<DiagramCanvas>>? extra = null)
    {
        var (nodes, links) = DiagramProjection.Project(DesignTemplates.Find("hybrid-support")!.Design);
        return _context.Render<DiagramCanvas>(p =>
        {
            p.Add(x => x.Nodes, nodes).Add(x => x.Links, links);
            extra?.Invoke(p);
        });
    }

    [Fact]
    public void HandoffAndToolLinks_LookDifferent_AndCarryTheToolNames()
    {
        var cut = Render();

        var handoff = cut.Find("path.diagram-link.handoff[data-source=triage][data-target=billing]");
        var tool = cut.Find("path.diagram-link.tool[data-source=billing][data-target=invoice-lookup]");
        Assert.Equal("url(#arrow-handoff)", handoff.GetAttribute("marker-end"));
        Assert.Equal("url(#arrow-tool)", tool.GetAttribute("marker-end"));
        Assert.Contains(cut.FindAll("text.diagram-link-label.tool"), t => t.TextContent == "lookup_invoice");
        Assert.Contains(cut.FindAll("text.diagram-link-label.handoff"), t => t.TextContent == "transfer_to_billingagent");
    }

    [Fact]
    public void AgentNodes_ShowNameModelPortsAndTheEntryBadge()
    {
        var cut = Render();

        var triage = cut.Find("[data-testid=node-triage]");
        Assert.Contains("TriageAgent", triage.TextContent, StringComparison.Ordinal);
        Assert.Contains("gpt-4o", triage.TextContent, StringComparison.Ordinal);
        Assert.Contains("entry", triage.TextContent, StringComparison.Ordinal);
        Assert.NotNull(triage.QuerySelector("[data-port=handoff]"));
        Assert.NotNull(triage.QuerySelector("[data-port=tool]"));
        Assert.Null(cut.Find("[data-testid=node-billing]").QuerySelector(".diagram-entry-badge"));
    }

    [Fact]
    public void SelectionAndProblems_MarkTheirNodesAndLinks()
    {
        var cut = Render(p => p
            .Add(x => x.Selection, new HashSet<string> { "billing" })
            .Add(x => x.ProblemIds, new HashSet<string> { "technical", "triage-billing" }));

        Assert.Contains("selected", cut.Find("[data-testid=node-billing]").ClassList);
        Assert.Contains("has-problem", cut.Find("[data-testid=node-technical]").ClassList);
        Assert.DoesNotContain("selected", cut.Find("[data-testid=node-triage]").ClassList);
        Assert.Contains("has-problem", cut.Find("path.diagram-link[data-edge=triage-billing]").ClassList);
    }

    [Fact]
    public async Task BrowserGestures_BecomeIntents()
    {
        var intents = new List<DesignerIntent>();
        var cut = Render(p => p.Add(x => x.OnIntent, intents.Add));

        await cut.InvokeAsync(() => cut.Instance.CommitMove("billing", 10, 20));
        await cut.InvokeAsync(() => cut.Instance.CommitConnect(true, "triage", "technical"));
        await cut.InvokeAsync(() => cut.Instance.Undo());
        await cut.InvokeAsync(() => cut.Instance.CommitAdd("tool:http", 5, 6));

        Assert.Equal(
            [
                new DesignerIntent.MoveNode("billing", new CanvasPosition(10, 20)),
                new DesignerIntent.Connect(true, "triage", "technical"),
                new DesignerIntent.Undo(),
                new DesignerIntent.AddTool(ToolKinds.Http, new CanvasPosition(5, 6)),
            ],
            intents);
    }

    public ValueTask DisposeAsync() => _context.DisposeAsync();
}
