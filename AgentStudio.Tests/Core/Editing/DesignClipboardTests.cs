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
        var billingCopy = pasted.Agents.Single(a => a.Name == "BillingAgent copy");
        var lookupCopy = pasted.Agents.Single(a => a.Name == "InvoiceLookup copy");
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

    [Fact]
    public void CopiesOfCopies_CountOn_InsteadOfStackingSuffixes()
    {
        var design = Hybrid;
        var names = new List<string>();
        var copied = "billing";
        for (var i = 0; i < 3; i++)
        {
            // Each round copies the newest copy, as a user duplicating the last pasted node does.
            var (next, ids) = DesignClipboard.Paste(design, DesignClipboard.Copy(design, new HashSet<string> { copied })!);
            design = next;
            copied = Assert.Single(ids);
            names.Add(design.Agents.Single(a => a.Id == copied).Name);
        }

        Assert.Equal(["BillingAgent copy", "BillingAgent copy 2", "BillingAgent copy 3"], names);
        Assert.DoesNotContain(DesignValidator.Validate(design), p => p.IsError);
    }

    [Fact]
    public void ToolCopies_KeepNamesTheModelAccepts_AndCountOn()
    {
        var (design, _) = DesignCommands.AddTool(new DesignDocument { Name = "Tools" }, ToolKinds.Mock, new CanvasPosition(0, 0));
        var names = new List<string>();
        var copied = "tool-1";
        for (var i = 0; i < 2; i++)
        {
            var (next, ids) = DesignClipboard.Paste(design, DesignClipboard.Copy(design, new HashSet<string> { copied })!);
            design = next;
            copied = Assert.Single(ids);
            names.Add(design.Tools.Single(t => t.Id == copied).Name);
        }

        Assert.Equal(["tool_1_copy", "tool_1_copy_2"], names);
        Assert.DoesNotContain(DesignValidator.Validate(design), p => p.Code == ProblemCodes.InvalidToolName);
    }

    [Fact]
    public void PastingTheSameCopyTwice_PutsEachPasteClearOfTheOriginalAndOfTheOther()
    {
        var json = DesignClipboard.Copy(Hybrid, new HashSet<string> { "billing" })!;
        var original = Hybrid.Layout["billing"];

        var (once, first) = DesignClipboard.Paste(Hybrid, json);
        var (twice, second) = DesignClipboard.Paste(once, json);

        var firstAt = twice.Layout[Assert.Single(first)];
        var secondAt = twice.Layout[Assert.Single(second)];
        Assert.Equal(new CanvasPosition(original.X + 40, original.Y + 40), firstAt);
        Assert.Equal(new CanvasPosition(original.X + 80, original.Y + 80), secondAt);
        // No pasted element sits on any other element.
        var positions = AutoLayout.Complete(twice).Values.ToList();
        Assert.Equal(positions.Count, positions.Distinct().Count());
    }
}
