using AgentStudio.Diagram;
using Bunit;

namespace AgentStudio.Tests.Components;

/// <summary>A node with a mark (what the export dialog's language cannot express) shows it, says it, and drops it.</summary>
public sealed class DiagramNodeMarkTests : IAsyncDisposable
{
    private static readonly DiagramNode Billing = new("billing", DiagramNodeKind.Agent, 100, 40, "BillingAgent", "gpt-4o", IsEntry: false);
    private static readonly DiagramMark Mark = new("Cannot export to C#", "Cannot export to C#: Agent BillingAgent stops on its first tool's output.");
    private readonly BunitContext _context = new();

    [Fact]
    public void MarkedNode_ShowsTheBadge_WithTheMessageAsTitle_AndInItsAccessibleName()
    {
        var cut = _context.Render<DiagramNodeView>(p => p.Add(x => x.Node, Billing).Add(x => x.Mark, Mark).Add(x => x.Detail, DiagramDetail.Full));

        var badge = cut.Find("[data-testid=mark-billing]");
        Assert.Equal("Cannot export to C#", badge.TextContent);
        Assert.Equal(Mark.Message, badge.GetAttribute("title"));
        var node = cut.Find("[data-testid=node-billing]");
        Assert.Contains("marked", node.ClassList);
        Assert.DoesNotContain("has-problem", node.ClassList);
        Assert.Equal($"BillingAgent gpt-4o {Mark.Message}, agent", node.GetAttribute("aria-label"));
    }

    [Fact]
    public void MarkTakenAway_LeavesThePlainNode()
    {
        var cut = _context.Render<DiagramNodeView>(p => p.Add(x => x.Node, Billing).Add(x => x.Mark, Mark).Add(x => x.Detail, DiagramDetail.Full));

        cut.Render(p => p.Add(x => x.Mark, null));

        Assert.Empty(cut.FindAll("[data-testid=mark-billing]"));
        Assert.DoesNotContain("marked", cut.Find("[data-testid=node-billing]").ClassList);
        Assert.Equal("BillingAgent gpt-4o, agent", cut.Find("[data-testid=node-billing]").GetAttribute("aria-label"));
    }

    public ValueTask DisposeAsync() => _context.DisposeAsync();
}
