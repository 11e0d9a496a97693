namespace AgentStudio.Core.Validation.Rules;

/// <summary>A run needs an entry agent that exists.</summary>
internal sealed class EntryRule : IDesignRule
{
    public void Check(ValidationContext context)
    {
        var entry = context.Design.Entry;
        if (string.IsNullOrWhiteSpace(entry))
        {
            context.Error(ProblemCodes.NoEntry, "The design has no entry agent: choose the agent a run starts with.", "$.entry", null);
        }
        else if (context.Agent(entry) is null)
        {
            var what = context.ToolIndex.ContainsKey(entry) ? "a tool, not an agent" : "no agent's id";
            context.Error(ProblemCodes.UnknownEntry, $"The entry '{entry}' is {what}: a run must start at an agent.", "$.entry", null);
        }
    }
}
