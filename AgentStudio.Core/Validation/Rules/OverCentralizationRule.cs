using AgentStudio.Core.Designs;

namespace AgentStudio.Core.Validation.Rules;

/// <summary>
/// The seed article's "over-centralization": a manager (an agent that calls agents as tools or hands
/// off) whose instructions pass 2,000 tokens tries to know everything; move expertise into specialists.
/// </summary>
internal sealed class OverCentralizationRule : IDesignRule
{
    /// <summary>The instruction size, in estimated tokens, past which a manager is warned.</summary>
    public const int TokenLimit = 2_000;

    public void Check(ValidationContext context)
    {
        for (var i = 0; i < context.Design.Agents.Count; i++)
        {
            var agent = context.Design.Agents[i];
            var tokens = TokenEstimator.Estimate(agent.Instructions);
            if (tokens <= TokenLimit)
            {
                continue;
            }

            var delegates = context.OutgoingEdges(agent.Id).Any(e => e.Edge is HandoffEdge || context.AgentIndex.ContainsKey(e.Edge.To));
            if (delegates)
            {
                context.Warning(ProblemCodes.OverCentralizedManager,
                    $"Over-centralization: {ValidationContext.Describe(agent)} coordinates other agents with about {tokens:N0} tokens of instructions (over {TokenLimit:N0}). Consider handoffs: move expertise into specialist agents.",
                    $"{ValidationContext.AgentPath(i)}.instructions", agent.Id);
            }
        }
    }
}
