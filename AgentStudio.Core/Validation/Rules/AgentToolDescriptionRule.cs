using AgentStudio.Core.Designs;

namespace AgentStudio.Core.Validation.Rules;

/// <summary>
/// An agent offered as a tool is described only by its edge: the Agents SDK sends an empty description when the
/// edge has none, so the model is left to guess from the tool's name.
/// </summary>
internal sealed class AgentToolDescriptionRule : IDesignRule
{
    public void Check(ValidationContext context)
    {
        for (var i = 0; i < context.Design.Edges.Count; i++)
        {
            if (context.Design.Edges[i] is ToolEdge edge && string.IsNullOrWhiteSpace(edge.Description) && context.Agent(edge.To) is not null)
            {
                context.Warning(ProblemCodes.AgentToolWithoutDescription,
                    $"Tool edge without description: the model gets no guidance. {context.Describe(edge)} offers the agent as a tool with an empty description; say on the edge when to call it.",
                    $"{ValidationContext.EdgePath(i)}.description", edge.Id);
            }
        }
    }
}
