namespace AgentStudio.Core.Validation.Rules;

/// <summary>Model settings within the ranges providers accept.</summary>
internal sealed class ModelSettingsRule : IDesignRule
{
    public void Check(ValidationContext context)
    {
        for (var i = 0; i < context.Design.Agents.Count; i++)
        {
            var agent = context.Design.Agents[i];
            if (agent.ModelSettings is not { } settings)
            {
                continue;
            }

            var path = $"{ValidationContext.AgentPath(i)}.modelSettings";
            if (settings.Temperature is < 0 or > 2)
            {
                Report(context, agent, $"{path}.temperature", $"temperature {settings.Temperature} is outside 0 to 2");
            }

            if (settings.TopP is < 0 or > 1)
            {
                Report(context, agent, $"{path}.topP", $"topP {settings.TopP} is outside 0 to 1");
            }

            if (settings.MaxOutputTokens is < 1)
            {
                Report(context, agent, $"{path}.maxOutputTokens", $"maxOutputTokens {settings.MaxOutputTokens} must be at least 1");
            }
        }
    }

    private static void Report(ValidationContext context, Designs.AgentDefinition agent, string path, string what) =>
        context.Error(ProblemCodes.ModelSettingOutOfRange, $"{ValidationContext.Describe(agent)}: {what}.", path, agent.Id);
}
