using AgentStudio.Core.Designs;

namespace AgentStudio.Core.Editing;

/// <summary>
/// A layered layout, left to right from the entry agent: each node sits one column right of the nodes that
/// reach it first; unreachable nodes and notes go in a last column. Used for elements without a position and
/// for the "auto-layout" command.
/// </summary>
public static class AutoLayout
{
    /// <summary>Every element's position: the design's own where it has one, a layered one otherwise.</summary>
    public static IReadOnlyDictionary<string, CanvasPosition> Complete(DesignDocument design)
    {
        var layered = Layered(design);
        var positions = new Dictionary<string, CanvasPosition>(layered, StringComparer.Ordinal);
        foreach (var (id, position) in design.Layout)
        {
            positions[id] = position;
        }

        return positions;
    }

    /// <summary>A fresh layered position for every element, ignoring the current layout.</summary>
    public static IReadOnlyDictionary<string, CanvasPosition> Layered(DesignDocument design)
    {
        var ids = design.Agents.Select(a => a.Id).Concat(design.Tools.Select(t => t.Id)).ToList();
        var column = new Dictionary<string, int>(StringComparer.Ordinal);
        var queue = new Queue<string>();
        var start = design.Entry is { } entry && ids.Contains(entry) ? entry : ids.FirstOrDefault();
        if (start is not null)
        {
            column[start] = 0;
            queue.Enqueue(start);
        }

        while (queue.Count > 0)
        {
            var id = queue.Dequeue();
            foreach (var edge in design.Edges.Where(e => e.From == id && ids.Contains(e.To) && !column.ContainsKey(e.To)))
            {
                column[edge.To] = column[id] + 1;
                queue.Enqueue(edge.To);
            }
        }

        var last = column.Count == 0 ? 0 : column.Values.Max() + 1;
        foreach (var id in ids.Where(id => !column.ContainsKey(id)))
        {
            column[id] = last;
        }

        var positions = new Dictionary<string, CanvasPosition>(StringComparer.Ordinal);
        foreach (var group in ids.GroupBy(id => column[id]))
        {
            var row = 0;
            foreach (var id in group)
            {
                positions[id] = new CanvasPosition(CanvasGeometry.LayoutMargin + (group.Key * CanvasGeometry.LayoutColumnWidth), CanvasGeometry.LayoutMargin + (row++ * CanvasGeometry.LayoutRowHeight));
            }
        }

        var notesColumn = (column.Count == 0 ? 0 : column.Values.Max() + 1) * CanvasGeometry.LayoutColumnWidth;
        for (var i = 0; i < design.Notes.Count; i++)
        {
            positions[design.Notes[i].Id] = new CanvasPosition(CanvasGeometry.LayoutMargin + notesColumn, CanvasGeometry.LayoutMargin + (i * CanvasGeometry.LayoutRowHeight));
        }

        return positions;
    }
}
