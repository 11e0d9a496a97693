using AgentStudio.Diagram;

namespace AgentStudio.Exporting;

/// <summary>
/// What the canvas marks while the "Export as code" dialog shows a language: each agent, tool or edge the language cannot
/// express, with the refusal's message, so that the user sees where the problem is, not only a list.
/// </summary>
internal static class ExportRefusalMarks
{
    /// <summary>No marks: the dialog is closed, or its language exports the design.</summary>
    public static IReadOnlyDictionary<string, DiagramMark> None { get; } = new Dictionary<string, DiagramMark>(StringComparer.Ordinal);

    /// <summary>
    /// The mark of each element <paramref name="outcome"/>'s refusals name, by element id
    /// ("Cannot export to C#: Agent Billing stops on its first tool's output, …"); an element refused twice carries both
    /// messages. Validation errors are not marked here: the canvas marks them as problems already. Refusals of the design
    /// as a whole name no element and are left to the dialog.
    /// </summary>
    public static IReadOnlyDictionary<string, DiagramMark> Of(CodeExportOutcome? outcome)
    {
        if (outcome is null || outcome.Errors.Count > 0 || outcome.Refusals.Count == 0)
        {
            return None;
        }

        var badge = $"Cannot export to {CodeTargetNames.DisplayOf(outcome.Target)}";
        return outcome.Refusals
            .Where(r => r.ElementId is not null)
            .GroupBy(r => r.ElementId!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new DiagramMark(badge, $"{badge}: {string.Join(" ", g.Select(r => r.Message))}"), StringComparer.Ordinal);
    }
}
