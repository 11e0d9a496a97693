using AgentStudio.Core.Designs;

namespace AgentStudio.Core.Validation.Rules;

/// <summary>
/// The seed article's "under-specified handoff": the model picks a handoff by its description, so a
/// handoff whose edge has no description and whose target has no handoffDescription is a guess.
/// </summary>
internal sealed class HandoffDescriptionRule : IDesignRule
{
    public void Check(ValidationContext context)
    {
        for (var i = 0; i < context.Design.Edges.Count; i++)
        {
            if (context.Design.Edges[i] is not HandoffEdge edge || !string.IsNullOrWhiteSpace(edge.Description))
            {
                continue;
            }

            if (context.Agent(edge.To) is { } target && string.IsNullOrWhiteSpace(target.HandoffDescription))
            {
                context.Warning(ProblemCodes.UnderSpecifiedHandoff,
                    $"Under-specified handoff: {context.Describe(edge)} does not say when to take it. Describe it on the edge or give {target.Name} a handoff description.",
                    $"{ValidationContext.EdgePath(i)}.description", edge.Id);
            }
        }
    }
}
