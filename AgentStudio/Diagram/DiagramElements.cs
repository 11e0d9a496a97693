using AgentStudio.Core.Editing;

namespace AgentStudio.Diagram;

/// <summary>What a node on the canvas stands for.</summary>
public enum DiagramNodeKind
{
    /// <summary>An agent.</summary>
    Agent,

    /// <summary>A function tool (builtin, mock, http, mcp).</summary>
    Tool,

    /// <summary>A sticky note.</summary>
    Note,
}

/// <summary>A node as the canvas draws it: position, size and the text it shows.</summary>
/// <param name="Id">The design id of the agent, tool or note.</param>
/// <param name="Kind">What it stands for.</param>
/// <param name="X">Left edge, in canvas units.</param>
/// <param name="Y">Top edge, in canvas units.</param>
/// <param name="Title">The name (or a note's first line).</param>
/// <param name="Subtitle">The model, the tool kind, or the rest of a note.</param>
/// <param name="IsEntry">Whether the agent is the design's entry agent.</param>
public sealed record DiagramNode(string Id, DiagramNodeKind Kind, double X, double Y, string Title, string Subtitle, bool IsEntry)
{
    /// <summary>The node's width, the same for every node (<see cref="CanvasGeometry.NodeWidth"/>), so that ports and links follow from positions without measuring.</summary>
    public double Width => CanvasGeometry.NodeWidth;

    /// <summary>The node's height, fixed per kind (<see cref="CanvasGeometry"/>).</summary>
    public double Height => Kind == DiagramNodeKind.Agent ? CanvasGeometry.AgentHeight : CanvasGeometry.ToolOrNoteHeight;
}

/// <summary>A link as the canvas draws it.</summary>
/// <param name="Id">The edge's id.</param>
/// <param name="IsHandoff">A handoff edge (else a tool edge).</param>
/// <param name="SourceId">The calling or handing-off agent.</param>
/// <param name="TargetId">The tool or agent.</param>
/// <param name="Label">The tool name or handoff name the model sees.</param>
public sealed record DiagramLink(string Id, bool IsHandoff, string SourceId, string TargetId, string Label);
