using AgentStudio.Core.Designs;
using AgentStudio.Core.Templates;
using AgentStudio.Core.Validation;

namespace AgentStudio.Tests.Core.Templates;

public sealed class DesignTemplatesTests
{
    [Theory]
    [InlineData("research-manager")]
    [InlineData("customer-support")]
    [InlineData("hybrid-support")]
    public void Template_ValidatesWithoutErrorsOrWarnings(string id)
    {
        var template = DesignTemplates.Find(id);

        Assert.NotNull(template);
        Assert.Empty(DesignValidator.Validate(template.Design));
        Assert.All(template.Design.Agents.Select(a => a.Id).Concat(template.Design.Tools.Select(t => t.Id)),
            nodeId => Assert.True(template.Design.Layout.ContainsKey(nodeId), $"{id}: {nodeId} has no position"));
    }

    [Fact]
    public void ResearchManager_UsesAgentsAsTools_WithAStructuredResearchOutput()
    {
        var design = DesignTemplates.Find("research-manager")!.Design;

        Assert.Equal("ManagerAgent", design.FindAgent(design.Entry!)!.Name);
        Assert.Equal(["analyze", "research"], ToolNames(design, "manager"));
        var schema = design.Agents.Single(a => a.Name == "ResearchAgent").OutputSchema!.Value;
        Assert.Equal(["topic", "key_facts", "sources", "confidence_score"], schema.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
        Assert.DoesNotContain(design.Edges, e => e is HandoffEdge);
    }

    [Fact]
    public void CustomerSupport_TriageHandsOffToBillingAndTechnical()
    {
        var design = DesignTemplates.Find("customer-support")!.Design;

        Assert.Equal("TriageAgent", design.FindAgent(design.Entry!)!.Name);
        Assert.Equal(["BillingAgent", "TechnicalAgent"], HandoffTargets(design, "triage"));
    }

    [Fact]
    public void HybridSupport_SpecialistsUseSubAgentsAsTools_OnGpt4oMini()
    {
        var design = DesignTemplates.Find("hybrid-support")!.Design;

        Assert.Equal(["BillingAgent", "TechnicalAgent"], HandoffTargets(design, "triage"));
        Assert.Equal(["calculate_refund", "lookup_invoice"], ToolNames(design, "billing"));
        Assert.Equal(["run_diagnostics"], ToolNames(design, "technical"));
        var subAgents = design.Edges.OfType<ToolEdge>().Select(e => design.FindAgent(e.To)!).ToList();
        Assert.Equal(["DiagnosticAgent", "InvoiceLookup", "RefundCalculator"], subAgents.Select(a => a.Name).Order());
        Assert.All(subAgents, a => Assert.Equal("gpt-4o-mini", a.Model));
    }

    private static string[] ToolNames(DesignDocument design, string agentId) =>
        design.Edges.OfType<ToolEdge>().Where(e => e.From == agentId).Select(e => e.ToolName ?? design.FindTool(e.To)?.Name ?? "").Order().ToArray();

    private static string[] HandoffTargets(DesignDocument design, string agentId) =>
        design.Edges.OfType<HandoffEdge>().Where(e => e.From == agentId).Select(e => design.FindAgent(e.To)!.Name).Order().ToArray();
}
