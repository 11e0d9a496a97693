using AgentStudio.Core.Designs;
using AgentStudio.Core.Editing;
using AgentStudio.Core.Templates;

namespace AgentStudio.Tests.Core.Editing;

/// <summary>One test per refusal of the connection table, and the edges it allows.</summary>
public sealed class ConnectionRulesTests
{
    private static readonly DesignDocument Hybrid = DesignTemplates.Find("hybrid-support")!.Design;

    [Theory]
    [InlineData(true, "triage", "diagnostic")]
    [InlineData(false, "technical", "refund-calculator")]
    [InlineData(false, "triage", "billing")]
    public void AllowedEdges_HaveNoRefusal(bool handoff, string from, string to) => Assert.Null(ConnectionRules.Refusal(Hybrid, handoff, from, to));

    [Theory]
    [InlineData(true, "triage", "triage", "TriageAgent cannot hand off to itself.")]
    [InlineData(false, "billing", "billing", "BillingAgent cannot call itself.")]
    [InlineData(true, "triage", "billing", "TriageAgent already hands off to BillingAgent.")]
    [InlineData(false, "billing", "invoice-lookup", "BillingAgent already uses InvoiceLookup.")]
    [InlineData(true, "triage", "nowhere", "Drop the edge on an agent or a tool.")]
    [InlineData(false, "invoice-lookup", "billing", "BillingAgent already uses InvoiceLookup as a tool (directly or through others): agents as tools may not form a cycle.")]
    public void RefusedEdges_SayWhy(bool handoff, string from, string to, string reason) => Assert.Equal(reason, ConnectionRules.Refusal(Hybrid, handoff, from, to));

    [Fact]
    public void AHandoffToATool_IsRefused()
    {
        var support = DesignTemplates.Find("customer-support")!.Design;

        Assert.Equal("A handoff goes to an agent; lookup_invoices is a tool. Use a tool edge to call it.", ConnectionRules.Refusal(support, true, "triage", "lookup_invoices"));
    }

    [Fact]
    public void AnEdgeFromATool_IsRefused()
    {
        var support = DesignTemplates.Find("customer-support")!.Design;

        Assert.Equal("Only agents call tools or hand off: start the edge at an agent.", ConnectionRules.Refusal(support, false, "lookup_invoices", "billing"));
    }

    [Fact]
    public void ASecondToolWithTheSameName_IsRefused()
    {
        var design = new DesignDocument
        {
            Name = "Names",
            Entry = "a",
            Agents = [new AgentDefinition { Id = "a", Name = "A" }],
            Tools = [new MockTool { Id = "t1", Name = "lookup" }, new MockTool { Id = "t2", Name = "lookup" }],
            Edges = [new ToolEdge { Id = "e1", From = "a", To = "t1" }],
        };

        Assert.Equal("A already has a tool named lookup.", ConnectionRules.Refusal(design, false, "a", "t2"));
    }

    [Fact]
    public void EveryEdgeTheRulesAllow_LeavesTheDesignFreeOfEdgeErrors()
    {
        var ids = Hybrid.Agents.Select(a => a.Id).Concat(Hybrid.Tools.Select(t => t.Id)).Append("nowhere").ToList();
        foreach (var handoff in new[] { true, false })
        {
            foreach (var from in ids)
            {
                foreach (var to in ids.Where(_ => ConnectionRules.Refusal(Hybrid, handoff, from, _) is null))
                {
                    var (design, _) = DesignCommands.Connect(Hybrid, handoff, from, to);
                    var errors = AgentStudio.Core.Validation.DesignValidator.Validate(design).Where(p => p.IsError).ToList();
                    Assert.True(errors.Count == 0, $"{(handoff ? "handoff" : "tool")} {from} → {to}: {string.Join("; ", errors)}");
                }
            }
        }
    }
}
