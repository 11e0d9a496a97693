using AgentStudio.Core.Designs;
using AgentStudio.Core.Editing.Layout;

namespace AgentStudio.Core.Editing;

/// <summary>
/// A layered layout, left to right from the entry agent: each node sits one level right of the nodes that reach it
/// first; unreachable nodes, then notes, take the last levels. Within a level the nodes are ordered to cross fewer
/// edges, and a level too tall for the design wraps into several columns, so that a wide design (one manager
/// with a hundred specialists) still has about a screen's shape. Used for elements without a position and for the
/// "auto-layout" command. Thread-safe and stateless.
/// </summary>
public static class AutoLayout
{
    /// <summary>Every element's position: the design's own where it has one, a layered one otherwise.</summary>
    /// <param name="design">The design to place.</param>
    /// <returns>A position for every agent, tool and note; the layered layout is computed only when one has none.</returns>
    public static IReadOnlyDictionary<string, CanvasPosition> Complete(DesignDocument design)
    {
        ArgumentNullException.ThrowIfNull(design);
        var positions = new Dictionary<string, CanvasPosition>(design.Layout, StringComparer.Ordinal);
        var placed = design.Agents.Select(a => a.Id).Concat(design.Tools.Select(t => t.Id)).Concat(design.Notes.Select(n => n.Id)).All(positions.ContainsKey);
        if (placed)
        {
            // The canvas projects the design after every edit: a design laid out already costs no layout.
            return positions;
        }

        foreach (var (id, position) in Layered(design))
        {
            positions.TryAdd(id, position);
        }

        return positions;
    }

    /// <summary>A fresh layered position for every element, ignoring the current layout.</summary>
    /// <param name="design">The design to place.</param>
    /// <returns>A position for every agent, tool and note, in canvas units, none overlapping.</returns>
    public static IReadOnlyDictionary<string, CanvasPosition> Layered(DesignDocument design)
    {
        ArgumentNullException.ThrowIfNull(design);
        var graph = LayerAssignment.Of(design);
        IReadOnlyList<IReadOnlyList<string>> levels = [.. BarycentreOrdering.Order(graph)];
        var notes = design.Notes.Select(n => n.Id).Distinct(StringComparer.Ordinal).ToList();
        if (notes.Count > 0)
        {
            levels = [.. levels, notes];
        }

        return LevelPlacement.Place(levels);
    }
}
