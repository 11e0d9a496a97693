using AgentStudio.Core.Designs;

namespace AgentStudio.Diagram;

/// <summary>
/// One step of the editor's undo or redo history: what turns the design as it is into the design the step goes back
/// (or forward) to. It keeps the other design's name, description and entry, and of its agents, tools, edges, notes
/// and layout only the parts that differ, so a step costs what the edit changed, not what the design holds: a move in
/// a 2,000-node design keeps one position, not a copy of 2,000.
/// </summary>
/// <remarks>A patch applies to the design it was computed from (or made by the step before it), in history order.</remarks>
internal sealed class DesignPatch
{
    private static readonly IReadOnlyDictionary<string, CanvasPosition> NoLayout = new Dictionary<string, CanvasPosition>();

    // The other design with its collections left out: the fields a step may change besides them.
    private readonly DesignDocument _header;
    private readonly ListPatch<AgentDefinition>? _agents;
    private readonly ListPatch<ToolDefinition>? _tools;
    private readonly ListPatch<DesignEdge>? _edges;
    private readonly ListPatch<DesignNote>? _notes;
    private readonly LayoutPatch? _layout;

    private DesignPatch(DesignDocument header, ListPatch<AgentDefinition>? agents, ListPatch<ToolDefinition>? tools, ListPatch<DesignEdge>? edges, ListPatch<DesignNote>? notes, LayoutPatch? layout)
    {
        _header = header;
        _agents = agents;
        _tools = tools;
        _edges = edges;
        _notes = notes;
        _layout = layout;
    }

    /// <summary>
    /// What the step keeps in memory, roughly: its own objects and the references it holds. Elements it alone still
    /// refers to (an agent deleted by the step) are not counted.
    /// </summary>
    public long EstimatedBytes =>
        200 + (_agents?.EstimatedBytes ?? 0) + (_tools?.EstimatedBytes ?? 0) + (_edges?.EstimatedBytes ?? 0) + (_notes?.EstimatedBytes ?? 0) + (_layout?.EstimatedBytes ?? 0);

    /// <summary>The patch that turns <paramref name="from"/> into <paramref name="to"/>.</summary>
    public static DesignPatch Between(DesignDocument from, DesignDocument to) => new(
        Header(to),
        ListPatch<AgentDefinition>.Between(from.Agents, to.Agents),
        ListPatch<ToolDefinition>.Between(from.Tools, to.Tools),
        ListPatch<DesignEdge>.Between(from.Edges, to.Edges),
        ListPatch<DesignNote>.Between(from.Notes, to.Notes),
        LayoutPatch.Between(from.Layout, to.Layout));

    /// <summary>The design this patch makes of <paramref name="design"/>, and the patch that turns it back.</summary>
    public DesignDocument ApplyTo(DesignDocument design, out DesignPatch inverse)
    {
        ListPatch<AgentDefinition>? agentsBack = null;
        ListPatch<ToolDefinition>? toolsBack = null;
        ListPatch<DesignEdge>? edgesBack = null;
        ListPatch<DesignNote>? notesBack = null;
        LayoutPatch? layoutBack = null;
        var result = _header with
        {
            Agents = _agents is null ? design.Agents : _agents.ApplyTo(design.Agents, out agentsBack),
            Tools = _tools is null ? design.Tools : _tools.ApplyTo(design.Tools, out toolsBack),
            Edges = _edges is null ? design.Edges : _edges.ApplyTo(design.Edges, out edgesBack),
            Notes = _notes is null ? design.Notes : _notes.ApplyTo(design.Notes, out notesBack),
            Layout = _layout is null ? design.Layout : _layout.ApplyTo(design.Layout, out layoutBack),
        };
        inverse = new DesignPatch(Header(design), agentsBack, toolsBack, edgesBack, notesBack, layoutBack);
        return result;
    }

    // Without its collections: a header holds the design's small fields and its unknown properties (shared, not copied).
    private static DesignDocument Header(DesignDocument design) =>
        design with { Agents = [], Tools = [], Edges = [], Notes = [], Layout = NoLayout };
}
