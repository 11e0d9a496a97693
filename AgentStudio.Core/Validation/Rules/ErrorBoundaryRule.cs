using System.Text.RegularExpressions;
using AgentStudio.Core.Designs;

namespace AgentStudio.Core.Validation.Rules;

/// <summary>
/// The seed article's "missing error boundary": a specialist (an agent reached by a handoff) that
/// calls tools must know what to do when one fails, because after a handoff nobody above it can
/// recover. It has a fallback when its instructions say how to handle failure (they mention a
/// failure, an error, being unable, escalating or apologising) or when it can hand off onwards.
/// </summary>
internal sealed partial class ErrorBoundaryRule : IDesignRule
{
    public void Check(ValidationContext context)
    {
        var specialists = context.Design.Edges.OfType<HandoffEdge>().Select(e => e.To).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < context.Design.Agents.Count; i++)
        {
            var agent = context.Design.Agents[i];
            if (!specialists.Contains(agent.Id))
            {
                continue;
            }

            var edges = context.OutgoingEdges(agent.Id).Select(e => e.Edge).ToList();
            var usesTools = edges.Any(e => e is ToolEdge);
            var canHandOff = edges.Any(e => e is HandoffEdge);
            if (usesTools && !canHandOff && !FailureHandling().IsMatch(agent.Instructions ?? ""))
            {
                context.Warning(ProblemCodes.MissingErrorBoundary,
                    $"Missing error boundary: specialist {ValidationContext.Describe(agent)} calls tools but its instructions never say what to do when one fails. Tell it how to recover or escalate (for example \"If a tool fails, apologise and escalate to a human\").",
                    $"{ValidationContext.AgentPath(i)}.instructions", agent.Id);
            }
        }
    }

    [GeneratedRegex(@"\b(fail\w*|error\w*|unable|cannot|can't|escalat\w*|apologi[sz]e\w*|fallback|fall back)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FailureHandling();
}
