namespace AgentStudio.Core.Validation.Rules;

/// <summary>
/// A tool that no edge leads to is offered to no agent: the model never sees it, so it never runs. A tool that only
/// a handoff leads to is not reported here: that handoff is already an error (<see cref="ProblemCodes.EdgeTargetWrongKind"/>).
/// </summary>
internal sealed class UnusedToolRule : IDesignRule
{
    public void Check(ValidationContext context)
    {
        var used = context.Design.Edges.Select(e => e.To).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < context.Design.Tools.Count; i++)
        {
            var tool = context.Design.Tools[i];
            if (!used.Contains(tool.Id))
            {
                context.Warning(ProblemCodes.UnusedTool,
                    $"Tool {ValidationContext.Quote(tool.Name)} ({ValidationContext.Quote(tool.Id)}) is unused: no agent calls it through a tool edge, so no model ever sees it.",
                    ValidationContext.ToolPath(i), tool.Id);
            }
        }
    }
}
