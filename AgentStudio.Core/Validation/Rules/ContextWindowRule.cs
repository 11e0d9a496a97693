using AgentStudio.Core.Designs;

namespace AgentStudio.Core.Validation.Rules;

/// <summary>
/// Warns when an agent's fixed prompt (instructions, the tools' names, descriptions and schemas, the
/// output schema) plus its maximum output would not fit its model's context window.
/// </summary>
internal sealed class ContextWindowRule : IDesignRule
{
    public void Check(ValidationContext context)
    {
        for (var i = 0; i < context.Design.Agents.Count; i++)
        {
            var agent = context.Design.Agents[i];
            if (ModelContextWindows.Find(agent.Model) is not { } window)
            {
                continue;
            }

            var prompt = TokenEstimator.Estimate(agent.Instructions)
                + TokenEstimator.Estimate(agent.OutputSchema?.GetRawText())
                + context.OutgoingEdges(agent.Id).Sum(e => ToolTokens(context, e.Edge))
                + (agent.ModelSettings?.MaxOutputTokens ?? 0);
            if (prompt > window)
            {
                context.Warning(ProblemCodes.ContextWindowExceeded,
                    $"{ValidationContext.Describe(agent)} needs about {prompt:N0} tokens before any conversation, more than the {window:N0}-token context window of {agent.Model}.",
                    $"{ValidationContext.AgentPath(i)}.instructions", agent.Id);
            }
        }
    }

    private static int ToolTokens(ValidationContext context, DesignEdge edge)
    {
        var tokens = TokenEstimator.Estimate(edge.ToolName) + TokenEstimator.Estimate(edge.Description);
        if (context.Agent(edge.To) is { } agent)
        {
            return tokens + TokenEstimator.Estimate(agent.Name) + TokenEstimator.Estimate(agent.HandoffDescription);
        }

        return context.Tool(edge.To) is { } tool
            ? tokens + TokenEstimator.Estimate(tool.Name) + TokenEstimator.Estimate(tool.Description) + TokenEstimator.Estimate(Parameters(tool))
            : tokens;
    }

    private static string? Parameters(ToolDefinition tool) => DeclaredParameters.Of(tool)?.GetRawText();
}
