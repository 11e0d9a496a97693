namespace AgentStudio.Core.Validation.Rules;

/// <summary>An agent without instructions behaves like the bare model; almost always an oversight.</summary>
internal sealed class InstructionsRule : IDesignRule
{
    public void Check(ValidationContext context)
    {
        for (var i = 0; i < context.Design.Agents.Count; i++)
        {
            var agent = context.Design.Agents[i];
            if (string.IsNullOrWhiteSpace(agent.Instructions))
            {
                context.Warning(ProblemCodes.NoInstructions,
                    $"{ValidationContext.Describe(agent)} has no instructions; tell it its role and how to answer.",
                    $"{ValidationContext.AgentPath(i)}.instructions", agent.Id);
            }
        }
    }
}
