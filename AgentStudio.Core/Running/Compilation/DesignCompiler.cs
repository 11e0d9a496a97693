using AgentStudio.Core.Designs;
using AgentStudio.Core.Running.Tools;
using AgentStudio.Core.Validation;

namespace AgentStudio.Core.Running.Compilation;

/// <summary>Turns a design into runnable agents. A design with validation errors is refused with its problems.</summary>
public static class DesignCompiler
{
    /// <summary>Validates and compiles <paramref name="design"/>.</summary>
    /// <param name="design">The design.</param>
    /// <param name="tools">Builds the runnable tool of each tool definition; the default knows every kind.</param>
    public static CompileResult Compile(DesignDocument design, ToolFactory? tools = null)
    {
        ArgumentNullException.ThrowIfNull(design);
        var problems = DesignValidator.Validate(design);
        if (problems.Any(p => p.IsError))
        {
            return new CompileResult(null, problems);
        }

        tools ??= ToolFactory.Default;
        var agents = design.Agents.Select(a => new CompiledAgent(a)).ToList();
        var agentsById = agents.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var toolsById = design.Tools.ToDictionary(t => t.Id, StringComparer.Ordinal);
        var builtTools = new Dictionary<string, IAgentTool>(StringComparer.Ordinal);

        foreach (var edge in design.Edges)
        {
            var from = agentsById[edge.From];
            switch (edge)
            {
                case HandoffEdge handoff:
                    var target = agentsById[handoff.To];
                    from.AddHandoff(new HandoffRoute(
                        ToolNaming.EffectiveName(handoff, target.Name, targetIsAgent: true),
                        HandoffDescription(handoff, target),
                        target,
                        handoff.HistoryFilter ?? HistoryFilter.All));
                    break;
                case ToolEdge toolEdge when agentsById.TryGetValue(toolEdge.To, out var agentTool):
                    from.AddTool(new AgentAsTool(
                        ToolNaming.EffectiveName(toolEdge, agentTool.Name, targetIsAgent: true),
                        toolEdge.Description ?? agentTool.Definition.HandoffDescription ?? $"Ask the {agentTool.Name} agent.",
                        agentTool));
                    break;
                case ToolEdge toolEdge:
                    if (!builtTools.TryGetValue(toolEdge.To, out var tool))
                    {
                        tool = tools.Create(toolsById[toolEdge.To]);
                        builtTools[toolEdge.To] = tool;
                    }

                    from.AddTool(string.IsNullOrWhiteSpace(toolEdge.ToolName) && string.IsNullOrWhiteSpace(toolEdge.Description)
                        ? tool
                        : new RenamedTool(tool, toolEdge.ToolName, toolEdge.Description));
                    break;
            }
        }

        return new CompileResult(new CompiledDesign(design, agents, agentsById[design.Entry!]), problems);
    }

    // The SDK's default: "Handoff to the {name} agent to handle the request. {handoffDescription}".
    private static string HandoffDescription(HandoffEdge edge, CompiledAgent target) =>
        !string.IsNullOrWhiteSpace(edge.Description)
            ? edge.Description
            : $"Handoff to the {target.Name} agent to handle the request. {target.Definition.HandoffDescription}".TrimEnd();
}
