using AgentStudio.Core.Designs;
using AgentStudio.Core.Running.Tools;
using AgentStudio.Core.Running.Tools.Mcp;
using AgentStudio.Core.Validation;

namespace AgentStudio.Core.Running.Compilation;

/// <summary>Turns a design into runnable agents. A design with validation errors is refused with its problems.</summary>
public static class DesignCompiler
{
    /// <summary>Validates and compiles <paramref name="design"/>.</summary>
    /// <param name="design">The design.</param>
    /// <param name="tools">Builds the runnable tool of each tool definition; the default knows every kind.</param>
    /// <param name="secrets">
    /// When given, every secret reference of the tools must resolve through it (AS0119 otherwise) and be bound to the
    /// host its tool sends it to, where the design names that host (AS0121 otherwise).
    /// </param>
    /// <param name="mcpTrust">When given, every MCP command line the design would start must be trusted by it (AS0120 otherwise).</param>
    public static CompileResult Compile(DesignDocument design, ToolFactory? tools = null, ISecretResolver? secrets = null, IMcpCommandTrust? mcpTrust = null)
    {
        ArgumentNullException.ThrowIfNull(design);
        IReadOnlyList<DesignProblem> problems =
        [
            .. DesignValidator.Validate(design),
            .. ToolTrustChecks.UnresolvedSecrets(design, secrets),
            .. ToolTrustChecks.UnboundSecrets(design, secrets),
            .. ToolTrustChecks.UntrustedCommands(design, mcpTrust),
        ];
        if (problems.Any(p => p.IsError))
        {
            return new CompileResult(null, problems);
        }

        tools ??= ToolFactory.Default;
        var built = BuildTools(design, tools);
        if (built.Problems.Count > 0)
        {
            return new CompileResult(null, [.. problems, .. built.Problems]);
        }

        var agents = design.Agents.Select(a => new CompiledAgent(a)).ToList();
        var agentsById = agents.ToDictionary(a => a.Id, StringComparer.Ordinal);

        foreach (var edge in design.Edges)
        {
            var from = agentsById[edge.From];
            switch (edge)
            {
                case HandoffEdge handoff:
                    var target = agentsById[handoff.To];
                    from.AddHandoff(new HandoffRoute(
                        ToolNaming.EffectiveName(handoff, target.Name, targetIsAgent: true),
                        ToolNaming.HandoffDescription(handoff, target.Definition),
                        target,
                        handoff.HistoryFilter ?? HistoryFilter.All,
                        handoff.Id));
                    break;
                case ToolEdge toolEdge when agentsById.TryGetValue(toolEdge.To, out var agentTool):
                    from.AddTool(new AgentAsTool(
                        ToolNaming.EffectiveName(toolEdge, agentTool.Name, targetIsAgent: true),
                        // The SDK's as_tool sends an empty description when none is given; the designer warns about it.
                        toolEdge.Description ?? "",
                        agentTool), toolEdge.Id, agentTool.Id);
                    break;
                case ToolEdge toolEdge when built.ToolSets.TryGetValue(toolEdge.To, out var toolSet):
                    from.AddToolSet(toolSet, toolEdge.Id, toolEdge.To);
                    break;
                case ToolEdge toolEdge:
                    var tool = built.Tools[toolEdge.To];
                    from.AddTool(string.IsNullOrWhiteSpace(toolEdge.ToolName) && string.IsNullOrWhiteSpace(toolEdge.Description)
                        ? tool
                        : new RenamedTool(tool, toolEdge.ToolName, toolEdge.Description), toolEdge.Id, toolEdge.To);
                    break;
            }
        }

        return new CompileResult(new CompiledDesign(design, agents, agentsById[design.Entry!], [.. built.ToolSets.Values]), problems);
    }

    /// <summary>Builds every tool an edge uses, once each; a tool that cannot be built is a problem naming it.</summary>
    private static (Dictionary<string, IAgentTool> Tools, Dictionary<string, IAgentToolSet> ToolSets, List<DesignProblem> Problems) BuildTools(DesignDocument design, ToolFactory factory)
    {
        var toolSets = new Dictionary<string, IAgentToolSet>(StringComparer.Ordinal);
        var used = design.Edges.OfType<ToolEdge>().Select(e => e.To).ToHashSet(StringComparer.Ordinal);
        var tools = new Dictionary<string, IAgentTool>(StringComparer.Ordinal);
        var problems = new List<DesignProblem>();
        for (var i = 0; i < design.Tools.Count; i++)
        {
            var definition = design.Tools[i];
            if (!used.Contains(definition.Id))
            {
                continue;
            }

            try
            {
                if (definition is McpTool mcp)
                {
                    toolSets[definition.Id] = factory.CreateToolSet(mcp);
                }
                else
                {
                    tools[definition.Id] = factory.Create(definition);
                }
            }
            catch (Exception e) when (e is NotSupportedException or ArgumentException)
            {
                problems.Add(new DesignProblem(ProblemCodes.ToolCannotRun, ProblemSeverity.Error,
                    $"Tool {definition.Name} ({definition.Id}) cannot run: {e.Message}", $"$.tools[{i}]", definition.Id));
            }
        }

        return (tools, toolSets, problems);
    }
}
