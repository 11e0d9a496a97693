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
    public void McpHttpAndBuiltinTools_AreExported_NotRefused()
    {
        var design = WithTools(
            new McpTool { Id = "files", Name = "FileServer", Command = "mcp-files" },
            new HttpTool { Id = "status", Name = "status", Url = "https://status.example.com/{{service}}" },
            new BuiltinTool { Id = "clock", Name = "current_time" });

        var export = Generate(design);

        Assert.True(export.Succeeded, string.Join("; ", export.Refusals.Select(r => r.Message)));
        Assert.Contains(export.Files, f => f.Path == "McpServers.cs");
        Assert.Contains("<PackageReference Include=\"ModelContextProtocol\" Version=\"2.4.0\" />", export.Files.Single(f => f.Path.EndsWith(".csproj", StringComparison.Ordinal)).Content, StringComparison.Ordinal);
    }

    [Fact]
    public void HttpToolWithoutUrl_IsRefused_NamingTheTool()
    {
        var refusal = Assert.Single(Generate(WithTools(new HttpTool { Id = "status", Name = "status" })).Refusals);

        Assert.Equal("status", refusal.ElementId);
        Assert.Equal("Tool status has no URL.", refusal.Message);
    }

    [Fact]
    public void HttpToolWithAMethodTemplate_IsRefused()
    {
        var refusal = Assert.Single(Generate(WithTools(new HttpTool { Id = "status", Name = "status", Method = "{{verb}}", Url = "https://status.example.com" })).Refusals);

        Assert.Contains("its method is a template", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SecretThatCannotBeAnEnvironmentVariable_IsRefused_NamingTheTool()
    {
        var design = WithTools(new McpTool { Id = "docs", Name = "docs", Url = "https://mcp.example.com", Headers = new Dictionary<string, string> { ["Authorization"] = "Bearer ${secret:docs-token}" } });

        var refusal = Assert.Single(Generate(design).Refusals);

        Assert.Equal("docs", refusal.ElementId);
        Assert.Contains("${secret:docs-token} cannot become an environment variable", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void McpToolWithBothACommandAndAUrl_IsRefused()
    {
        var refusal = Assert.Single(Generate(WithTools(new McpTool { Id = "files", Name = "files", Command = "mcp-files", Url = "https://mcp.example.com" })).Refusals);

        Assert.Equal("MCP tool files needs exactly one of a command (stdio) or a URL (HTTP).", refusal.Message);
    }

    [Fact]
    public void UnknownBuiltin_IsRefused()
    {
        var refusal = Assert.Single(Generate(WithTools(new BuiltinTool { Id = "weather", Name = "weather" })).Refusals);

        Assert.Contains("asks for the built-in 'weather', which does not exist", refusal.Message, StringComparison.Ordinal);
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
    public void StopOnFirstTool_OfAnAgentCalledAsATool_IsRefused()
    {
        var research = DesignTemplates.Find("research-manager")!.Design;
        var design = research with { Agents = [.. research.Agents.Select(a => a.Id != research.Entry ? a with { ToolUseBehavior = ToolUseBehavior.StopOnFirstTool } : a)] };

        var refusals = Generate(design).Refusals;

        Assert.NotEmpty(refusals);
        Assert.All(refusals, r => Assert.Contains("only for the agent a run starts with", r.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void StopOnFirstTool_OfTheEntryAgentWithoutHandoffs_EndsTheToolLoop()
    {
        var research = DesignTemplates.Find("research-manager")!.Design;
        var design = research with { Agents = [.. research.Agents.Select(a => a.Id == research.Entry ? a with { ToolUseBehavior = ToolUseBehavior.StopOnFirstTool } : a)] };

        var export = Generate(design);

        Assert.True(export.Succeeded, string.Join("; ", export.Refusals.Select(r => r.Message)));
        var agents = export.Files.Single(f => f.Path == "Agents.cs").Content;
        Assert.Contains(".AsBuilder().UseFunctionInvocation(configure: StopOnFirstTool).Build(),", agents, StringComparison.Ordinal);
        Assert.Contains("context.Terminate = true;", agents, StringComparison.Ordinal);
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

    // The support template with the tools added, each used by the billing agent.
    private static DesignDocument WithTools(params ToolDefinition[] tools) => Support with
    {
        Tools = [.. Support.Tools, .. tools],
        Edges = [.. Support.Edges, .. tools.Select(t => new ToolEdge { Id = "billing-" + t.Id, From = "billing", To = t.Id })],
    };

    private static CodeExport Generate(DesignDocument design) => new CSharpGenerator().Generate(new ExportSource(design, 1));
}
