using AgentStudio.Core.Designs;

namespace AgentStudio.Core.Editing;

/// <summary>
/// The edits a user makes on the canvas, each a pure function from one design to the next. Designs are
/// immutable records, so undo is keeping the previous one.
/// </summary>
public static class DesignCommands
{
    /// <summary>Adds an agent at a position; the first agent becomes the entry.</summary>
    public static (DesignDocument Design, string Id) AddAgent(DesignDocument design, CanvasPosition at)
    {
        var number = NextNumber(design, "agent");
        var id = $"agent-{number}";
        var agent = new AgentDefinition { Id = id, Name = $"Agent{number}", Instructions = "", Model = "gpt-4o" };
        return (design with
        {
            Agents = [.. design.Agents, agent],
            Entry = design.Entry ?? id,
            Layout = WithPosition(design, id, at),
        }, id);
    }

    /// <summary>Adds a tool of a kind at a position.</summary>
    public static (DesignDocument Design, string Id) AddTool(DesignDocument design, string kind, CanvasPosition at)
    {
        var number = NextNumber(design, "tool");
        var id = $"tool-{number}";
        var name = $"tool_{number}";
        ToolDefinition tool = kind switch
        {
            ToolKinds.Builtin => new BuiltinTool { Id = id, Name = "current_time", Builtin = "current_time", Description = "The current date and time" },
            ToolKinds.Http => new HttpTool { Id = id, Name = name, Description = "Calls an HTTP API", Method = "GET", Url = "https://example.com/api" },
            ToolKinds.Mcp => new McpTool { Id = id, Name = name, Description = "Tools of an MCP server", Command = "dotnet", Arguments = ["run", "--project", "AgentStudio", "--", "mcp-server"] },
            _ => new MockTool { Id = id, Name = name, Description = "A mock tool for prototyping", Response = "Mock result" },
        };
        return (design with { Tools = [.. design.Tools, tool], Layout = WithPosition(design, id, at) }, id);
    }

    /// <summary>Adds a note at a position.</summary>
    public static (DesignDocument Design, string Id) AddNote(DesignDocument design, CanvasPosition at)
    {
        var id = $"note-{NextNumber(design, "note")}";
        return (design with { Notes = [.. design.Notes, new DesignNote { Id = id, Text = "Note" }], Layout = WithPosition(design, id, at) }, id);
    }

    /// <summary>Moves elements; only the layout changes.</summary>
    public static DesignDocument Move(DesignDocument design, IReadOnlyDictionary<string, CanvasPosition> positions)
    {
        var layout = new Dictionary<string, CanvasPosition>(design.Layout, StringComparer.Ordinal);
        foreach (var (id, position) in positions)
        {
            layout[id] = new CanvasPosition(Math.Round(position.X), Math.Round(position.Y));
        }

        return design with { Layout = layout };
    }

    /// <summary>Connects two elements; the caller checks <see cref="ConnectionRules"/> first.</summary>
    public static (DesignDocument Design, string Id) Connect(DesignDocument design, bool handoff, string fromId, string toId)
    {
        var edge = NewEdge(design, handoff, fromId, toId);
        return (design with { Edges = [.. design.Edges, edge] }, edge.Id);
    }

    /// <summary>The edge <see cref="Connect"/> would add, with the id it would get; the design is not changed.</summary>
    public static DesignEdge NewEdge(DesignDocument design, bool handoff, string fromId, string toId)
    {
        ArgumentNullException.ThrowIfNull(design);
        var id = $"edge-{NextNumber(design, "edge")}";
        return handoff
            ? new HandoffEdge { Id = id, From = fromId, To = toId }
            : new ToolEdge { Id = id, From = fromId, To = toId };
    }

    /// <summary>Deletes elements and edges by id, with the edges attached to deleted elements.</summary>
    public static DesignDocument Delete(DesignDocument design, IReadOnlySet<string> ids)
    {
        var entry = design.Entry is { } e && ids.Contains(e) ? null : design.Entry;
        var remainingAgents = design.Agents.Where(a => !ids.Contains(a.Id)).ToList();
        return design with
        {
            Agents = remainingAgents,
            Tools = [.. design.Tools.Where(t => !ids.Contains(t.Id))],
            Notes = [.. design.Notes.Where(n => !ids.Contains(n.Id))],
            Edges = [.. design.Edges.Where(edge => !ids.Contains(edge.Id) && !ids.Contains(edge.From) && !ids.Contains(edge.To))],
            Layout = design.Layout.Where(p => !ids.Contains(p.Key)).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal),
            Entry = entry ?? remainingAgents.FirstOrDefault()?.Id,
        };
    }

    /// <summary>Replaces one agent.</summary>
    public static DesignDocument UpdateAgent(DesignDocument design, string id, Func<AgentDefinition, AgentDefinition> change) =>
        design with { Agents = [.. design.Agents.Select(a => a.Id == id ? change(a) : a)] };

    /// <summary>Replaces one tool.</summary>
    public static DesignDocument UpdateTool(DesignDocument design, string id, Func<ToolDefinition, ToolDefinition> change) =>
        design with { Tools = [.. design.Tools.Select(t => t.Id == id ? change(t) : t)] };

    /// <summary>Replaces one edge.</summary>
    public static DesignDocument UpdateEdge(DesignDocument design, string id, Func<DesignEdge, DesignEdge> change) =>
        design with { Edges = [.. design.Edges.Select(e => e.Id == id ? change(e) : e)] };

    /// <summary>Replaces one note's text.</summary>
    public static DesignDocument UpdateNote(DesignDocument design, string id, string text) =>
        design with { Notes = [.. design.Notes.Select(n => n.Id == id ? n with { Text = text } : n)] };

    /// <summary>Makes an agent the one runs start with.</summary>
    public static DesignDocument SetEntry(DesignDocument design, string agentId) => design with { Entry = agentId };

    /// <summary>Lays every element out afresh, layered from the entry.</summary>
    public static DesignDocument ArrangeAll(DesignDocument design) => design with { Layout = new Dictionary<string, CanvasPosition>(AutoLayout.Layered(design), StringComparer.Ordinal) };

    private static Dictionary<string, CanvasPosition> WithPosition(DesignDocument design, string id, CanvasPosition at) =>
        new(design.Layout, StringComparer.Ordinal) { [id] = new CanvasPosition(Math.Round(at.X), Math.Round(at.Y)) };

    // Ids are stable slugs chosen once: the next free number after every id of that prefix ever used in the design.
    private static int NextNumber(DesignDocument design, string prefix)
    {
        var ids = design.Agents.Select(a => a.Id).Concat(design.Tools.Select(t => t.Id)).Concat(design.Notes.Select(n => n.Id)).Concat(design.Edges.Select(e => e.Id));
        var used = ids.Where(id => id.StartsWith(prefix + "-", StringComparison.Ordinal))
            .Select(id => int.TryParse(id[(prefix.Length + 1)..], out var n) ? n : 0);
        return used.DefaultIfEmpty(0).Max() + 1;
    }
}
