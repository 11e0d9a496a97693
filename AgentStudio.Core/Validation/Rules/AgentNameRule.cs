namespace AgentStudio.Core.Validation.Rules;

/// <summary>Every agent needs a name: the model and the user see it.</summary>
internal sealed class AgentNameRule : IDesignRule
{
    public void Check(ValidationContext context)
    {
        for (var i = 0; i < context.Design.Agents.Count; i++)
        {
            var agent = context.Design.Agents[i];
            if (string.IsNullOrWhiteSpace(agent.Name))
            {
                context.Error(ProblemCodes.BlankAgentName, $"Agent '{agent.Id}' has a blank name; give it a name such as \"BillingAgent\".",
                    $"{ValidationContext.AgentPath(i)}.name", agent.Id);
            }
        }
    }
}
