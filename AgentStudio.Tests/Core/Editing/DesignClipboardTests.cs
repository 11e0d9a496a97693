using AgentStudio.Core.Designs;
using AgentStudio.Core.Editing;
using AgentStudio.Core.Templates;
using AgentStudio.Core.Validation;

namespace AgentStudio.Tests.Core.Editing;

public sealed class DesignClipboardTests
{
    private static readonly DesignDocument Hybrid = DesignTemplates.Find("hybrid-support")!.Design;

    [Fact]
    public void CopyThenPaste_AddsTheElementsAndTheEdgesAmongThem_WithFreshIdsAndNames()
    {
        var json = DesignClipboard.Copy(Hybrid, new HashSet<string> { "billing", "invoice-lookup", "technical" })!;

        var (pasted, ids) = DesignClipboard.Paste(Hybrid, json);

        Assert.Equal(3, ids.Count);
        Assert.Equal(Hybrid.Agents.Count + 3, pasted.Agents.Count);
        var billingCopy = pasted.Agents.Single(a => a.Name == "BillingAgentCopy");
        var lookupCopy = pasted.Agents.Single(a => a.Name == "InvoiceLookupCopy");
        Assert.Contains(pasted.Edges, e => e.From == billingCopy.Id && e.To == lookupCopy.Id && e is ToolEdge { ToolName: "lookup_invoice" });
        Assert.DoesNotContain(pasted.Edges, e => e.From == billingCopy.Id && !ids.Contains(e.To));
        Assert.Equal(Hybrid.Layout["billing"].X + 40, pasted.Layout[billingCopy.Id].X);
        Assert.DoesNotContain(DesignValidator.Validate(pasted), p => p.IsError);
    }

    [Fact]
    public void PasteIntoAnotherDesign_Works()
    {
        var json = DesignClipboard.Copy(Hybrid, new HashSet<string> { "diagnostic" })!;

        var (pasted, ids) = DesignClipboard.Paste(new DesignDocument { Name = "Empty" }, json);

        var agent = Assert.Single(pasted.Agents);
        Assert.Equal("DiagnosticAgent", agent.Name);
        Assert.Equal(agent.Id, pasted.Entry);
        Assert.Equal([agent.Id], ids);
    }

    [Fact]
    public void NothingCopyable_GivesNoClipboard_AndRubbishPastesNothing()
    {
        Assert.Null(DesignClipboard.Copy(Hybrid, new HashSet<string> { "no-such-id" }));

        var (design, ids) = DesignClipboard.Paste(Hybrid, "not a design");

        Assert.Same(Hybrid, design);
        Assert.Empty(ids);
    }
}
