using AgentStudio.Core.Designs;
using AgentStudio.Core.Serialization;

namespace AgentStudio.Core.Editing;

/// <summary>
/// Copy and paste of part of a design, as design-format JSON so that it travels between designs and tabs
/// (the browser keeps it in local storage). Pasted elements get fresh ids, names that say they are copies
/// (<see cref="CopyNames"/>) and sit below and right of the original, clear of earlier pastes (<see cref="NodePlacement.PasteShift"/>).
/// </summary>
public static class DesignClipboard
{
    /// <summary>The selected agents, tools and notes, with the edges among them, as JSON; null when nothing copyable is selected.</summary>
    public static string? Copy(DesignDocument design, IReadOnlySet<string> ids)
    {
        ArgumentNullException.ThrowIfNull(design);
        var fragment = new DesignDocument
        {
            Name = "Clipboard",
            Agents = [.. design.Agents.Where(a => ids.Contains(a.Id))],
            Tools = [.. design.Tools.Where(t => ids.Contains(t.Id))],
            Notes = [.. design.Notes.Where(n => ids.Contains(n.Id))],
        };
        var kept = fragment.Agents.Select(a => a.Id).Concat(fragment.Tools.Select(t => t.Id)).Concat(fragment.Notes.Select(n => n.Id)).ToHashSet(StringComparer.Ordinal);
        if (kept.Count == 0)
        {
            return null;
        }

        var layout = AutoLayout.Complete(design);
        fragment = fragment with
        {
            Edges = [.. design.Edges.Where(e => kept.Contains(e.From) && kept.Contains(e.To))],
            Layout = kept.ToDictionary(id => id, id => layout[id], StringComparer.Ordinal),
        };
        return DesignSerializer.Write(fragment);
    }

    /// <summary>Adds the clipboard's elements with fresh ids; returns the new design and the pasted ids (none when the text is not a design).</summary>
    public static (DesignDocument Design, IReadOnlyList<string> Pasted) Paste(DesignDocument design, string json)
    {
        ArgumentNullException.ThrowIfNull(design);
        var loaded = DesignSerializer.Load(json);
        if (!loaded.Succeeded || loaded.Design is not { } fragment)
        {
            return (design, []);
        }

        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        var names = design.Agents.Select(a => a.Name).Concat(design.Tools.Select(t => t.Name)).ToHashSet(StringComparer.Ordinal);
        var next = design;
        var layout = new Dictionary<string, CanvasPosition>(design.Layout, StringComparer.Ordinal);
        foreach (var agent in fragment.Agents)
        {
            var (added, id) = DesignCommands.AddAgent(next, default);
            renamed[agent.Id] = id;
            next = added with { Agents = [.. added.Agents.Take(added.Agents.Count - 1), agent with { Id = id, Name = CopyNames.ForAgent(agent.Name, names) }], Entry = design.Entry ?? id };
        }

        foreach (var tool in fragment.Tools)
        {
            var (added, id) = DesignCommands.AddTool(next, ToolKinds.Mock, default);
            renamed[tool.Id] = id;
            next = added with { Tools = [.. added.Tools.Take(added.Tools.Count - 1), tool with { Id = id, Name = CopyNames.ForTool(tool.Name, names) }] };
        }

        foreach (var note in fragment.Notes)
        {
            var (added, id) = DesignCommands.AddNote(next, default);
            renamed[note.Id] = id;
            next = added with { Notes = [.. added.Notes.Take(added.Notes.Count - 1), note with { Id = id }] };
        }

        foreach (var edge in fragment.Edges)
        {
            var (added, id) = DesignCommands.Connect(next, edge is HandoffEdge, renamed[edge.From], renamed[edge.To]);
            next = added with { Edges = [.. added.Edges.Take(added.Edges.Count - 1), edge with { Id = id, From = renamed[edge.From], To = renamed[edge.To] }] };
        }

        var copiedAt = renamed.Keys.ToDictionary(id => id, id => fragment.Layout.TryGetValue(id, out var p) ? p : default, StringComparer.Ordinal);
        // Shifted past the original and past earlier pastes of the same copy, so no paste hides another element.
        var shift = NodePlacement.PasteShift(design, copiedAt.Values);
        foreach (var (oldId, newId) in renamed)
        {
            layout[newId] = new CanvasPosition(copiedAt[oldId].X + shift, copiedAt[oldId].Y + shift);
        }

        return (next with { Layout = layout }, [.. renamed.Values]);
    }
}
