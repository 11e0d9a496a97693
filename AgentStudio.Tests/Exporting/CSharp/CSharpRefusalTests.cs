using AgentStudio.Core.Designs;
using AgentStudio.Core.Exporting;
using AgentStudio.Core.Exporting.CSharp;
using AgentStudio.Core.Templates;

namespace AgentStudio.Tests.Exporting.CSharp;

/// <summary>What Agent Framework cannot express is refused, naming the element and why, and nothing is written.</summary>
public sealed class CSharpRefusalTests
{
    private static readonly DesignDocument Support = DesignTemplates.Find("customer-support")!.Design;

    [Fact]
    public void McpTool_IsRefused_NamingTheTool()
    {
        var design = Support with
        {
            Tools = [.. Support.Tools, new McpTool { Id = "files", Name = "FileServer", Command = "mcp-files" }],
            Edges = [.. Support.Edges, new ToolEdge { Id = "billing-files", From = "billing", To = "files" }],
        };

        var refusal = Assert.Single(Generate(design).Refusals);

        Assert.Equal("files", refusal.ElementId);
        Assert.Equal("FileServer", refusal.ElementName);
        Assert.Contains("Tool FileServer (mcp) cannot be exported to C#", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnusedMcpTool_IsNotRefused()
    {
        var design = Support with { Tools = [.. Support.Tools, new McpTool { Id = "files", Name = "FileServer", Command = "mcp-files" }] };

        Assert.True(Generate(design).Succeeded);
    }

    [Fact]
    public void StopOnFirstTool_IsRefused_NamingTheAgent()
    {
        var design = Support with { Agents = [.. Support.Agents.Select(a => a.Id == "billing" ? a with { ToolUseBehavior = ToolUseBehavior.StopOnFirstTool } : a)] };

        var refusal = Assert.Single(Generate(design).Refusals);

        Assert.Equal("billing", refusal.ElementId);
        Assert.Contains("Agent BillingAgent stops on its first tool's output", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MixedHistoryFilters_AreRefused_NamingTheHandoff()
    {
        var design = Support with
        {
            Edges = [.. Support.Edges.Select(e => e.Id == "triage-billing" ? ((HandoffEdge)e) with { HistoryFilter = HistoryFilter.NoTools } : e)],
        };

        var refusal = Assert.Single(Generate(design).Refusals);

        Assert.Equal("triage-billing", refusal.ElementId);
        Assert.Equal("transfer_to_billingagent", refusal.ElementName);
    }

    [Fact]
    public void NoToolsOnEveryHandoff_FiltersAllToolCalls()
    {
        var design = Support with
        {
            Edges = [.. Support.Edges.Select(e => e is HandoffEdge h ? h with { HistoryFilter = HistoryFilter.NoTools } : e)],
        };

        var agents = Generate(design).Files.Single(f => f.Path == "Agents.cs").Content;

        Assert.Contains(".WithToolCallFilteringBehavior(HandoffToolCallFilteringBehavior.All)", agents, StringComparison.Ordinal);
    }

    [Fact]
    public void AgentsCallingEachOtherAsTools_AreRefused_NamingAnAgentOfTheCycle()
    {
        var design = Support with
        {
            Edges =
            [
                .. Support.Edges,
                new ToolEdge { Id = "billing-technical", From = "billing", To = "technical" },
                new ToolEdge { Id = "technical-billing", From = "technical", To = "billing" },
            ],
        };

        var export = Generate(design);

        var refusal = Assert.Single(export.Refusals);
        Assert.Equal("billing", refusal.ElementId);
        Assert.Contains("calls itself as a tool", refusal.Message, StringComparison.Ordinal);
        Assert.Empty(export.Files);
    }

    private static CodeExport Generate(DesignDocument design) => new CSharpGenerator().Generate(new ExportSource(design, 1));
}
