using System.Text.RegularExpressions;
using AgentStudio.Core.Designs;

namespace AgentStudio.Core.Validation.Rules;

/// <summary>
/// The names an agent offers the model (function tools, agents as tools, handoffs) must follow the
/// model APIs' function-name rule and be unique per agent, or the provider refuses the request.
/// </summary>
internal sealed partial class ToolNameRules : IDesignRule
{
    public void Check(ValidationContext context)
    {
        for (var i = 0; i < context.Design.Tools.Count; i++)
        {
            var tool = context.Design.Tools[i];
            if (!ValidName().IsMatch(tool.Name))
            {
                context.Error(ProblemCodes.InvalidToolName,
                    $"Tool {tool.Name} ({tool.Id}) has a name the model APIs refuse: use 1 to 64 letters, digits, '_' or '-'.",
                    $"{ValidationContext.ToolPath(i)}.name", tool.Id);
            }
        }

        foreach (var agent in context.Design.Agents)
        {
            var offered = new Dictionary<string, DesignEdge>(StringComparer.Ordinal);
            foreach (var (index, edge) in context.OutgoingEdges(agent.Id))
            {
                if (EffectiveName(context, edge) is not { } name)
                {
                    continue;
                }

                if (!string.IsNullOrEmpty(edge.ToolName) && !ValidName().IsMatch(edge.ToolName))
                {
                    context.Error(ProblemCodes.InvalidToolName,
                        $"{context.Describe(edge)} names its tool '{edge.ToolName}', which the model APIs refuse: use 1 to 64 letters, digits, '_' or '-'.",
                        $"{ValidationContext.EdgePath(index)}.toolName", edge.Id);
                }

                // A repeated edge is DuplicateEdgeRule's to report; its repeated name follows from it.
                if (!offered.TryAdd(name, edge) && (offered[name].Kind != edge.Kind || offered[name].To != edge.To))
                {
                    context.Error(ProblemCodes.DuplicateToolName,
                        $"{ValidationContext.Describe(agent)} is offered two tools named '{name}' (edges '{offered[name].Id}' and '{edge.Id}'); give one a different tool name.",
                        $"{ValidationContext.EdgePath(index)}.toolName", edge.Id);
                }
            }
        }
    }

    private static string? EffectiveName(ValidationContext context, DesignEdge edge)
    {
        if (context.Agent(edge.To) is { } agent)
        {
            return ToolNaming.EffectiveName(edge, agent.Name, targetIsAgent: true);
        }

        return context.Tool(edge.To) is { } tool && edge is ToolEdge ? ToolNaming.EffectiveName(edge, tool.Name, targetIsAgent: false) : null;
    }

    [GeneratedRegex("^[a-zA-Z0-9_-]{1,64}$")]
    private static partial Regex ValidName();
}
