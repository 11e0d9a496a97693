using AgentStudio.Core.Designs;

namespace AgentStudio.Designer;

/// <summary>
/// What the designer tells a screen reader after an intent ("TriageAgent selected", "Connected TriageAgent →
/// BillingAgent by handoff"): the canvas shows changes only visually, so each one is also said in words.
/// </summary>
public static class DesignerAnnouncements
{
    /// <summary>The words for what <paramref name="intent"/> did, given the design and selection after it; null when there is nothing to say.</summary>
    public static string? After(DesignerIntent intent, DesignDocument design, IReadOnlySet<string> selection)
    {
        ArgumentNullException.ThrowIfNull(intent);
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(selection);
        return intent switch
        {
            DesignerIntent.Select select => $"{NameOf(design, select.Id)} {(selection.Contains(select.Id) ? "selected" : "removed from the selection")}",
            DesignerIntent.SelectMany or DesignerIntent.SelectAll => $"{selection.Count} selected",
            DesignerIntent.ClearSelection => "Selection cleared",
            DesignerIntent.MoveNode move => $"{NameOf(design, move.Id)} moved",
            DesignerIntent.NudgeNode nudge when design.Layout.TryGetValue(nudge.Id, out var at) => $"{NameOf(design, nudge.Id)} moved to {at.X:0}, {at.Y:0}",
            DesignerIntent.MoveNodes moves => $"{moves.Positions.Count} items moved",
            DesignerIntent.Connect connect when selection.Count == 1 && design.Edges.Any(e => selection.Contains(e.Id)) =>
                $"Connected {NameOf(design, connect.From)} → {NameOf(design, connect.To)} {(connect.Handoff ? "by handoff" : "as a tool")}",
            DesignerIntent.AddAgent or DesignerIntent.AddTool or DesignerIntent.AddNote when selection.Count == 1 => $"{NameOf(design, selection.First())} added",
            DesignerIntent.Paste or DesignerIntent.DuplicateSelection => $"{selection.Count} pasted",
            DesignerIntent.DeleteSelection => "Deleted",
            DesignerIntent.Undo => "Undone",
            DesignerIntent.Redo => "Redone",
            _ => null,
        };
    }

    /// <summary>An element's name as people know it: the agent's or tool's name, a note's first line, an edge's ends.</summary>
    public static string NameOf(DesignDocument design, string id)
    {
        ArgumentNullException.ThrowIfNull(design);
        if (design.Agents.FirstOrDefault(a => a.Id == id) is { } agent)
        {
            return agent.Name;
        }

        if (design.Tools.FirstOrDefault(t => t.Id == id) is { } tool)
        {
            return tool.Name;
        }

        if (design.Notes.FirstOrDefault(n => n.Id == id) is { } note)
        {
            return "Note " + note.Text.Split('\n')[0];
        }

        return design.Edges.FirstOrDefault(e => e.Id == id) is { } edge
            ? $"{(edge is HandoffEdge ? "Handoff" : "Tool edge")} {NameOf(design, edge.From)} → {NameOf(design, edge.To)}"
            : id;
    }
}
