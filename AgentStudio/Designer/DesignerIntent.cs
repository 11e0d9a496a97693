using AgentStudio.Core.Designs;

namespace AgentStudio.Designer;

/// <summary>
/// What the user asked the designer to do: a gesture on the canvas, a key, a toolbar button, a palette item or a
/// property edit (<see cref="DesignEdit"/>). Components raise intents; <see cref="DesignerSession.Execute"/> decides
/// what each one does to the design and the selection.
/// </summary>
public abstract record DesignerIntent
{
    /// <summary>Takes the last change back (Ctrl+Z, the toolbar).</summary>
    public sealed record Undo : DesignerIntent;

    /// <summary>Does the last undone change again (Ctrl+Y, Ctrl+Shift+Z, the toolbar).</summary>
    public sealed record Redo : DesignerIntent;

    /// <summary>Deletes the selected elements with their edges (Delete, Backspace).</summary>
    public sealed record DeleteSelection : DesignerIntent;

    /// <summary>Pastes a copy of the selection next to it (Ctrl+D).</summary>
    public sealed record DuplicateSelection : DesignerIntent;

    /// <summary>Selects every node (Ctrl+A).</summary>
    public sealed record SelectAll : DesignerIntent;

    /// <summary>Clears the selection (a click on the empty canvas).</summary>
    public sealed record ClearSelection : DesignerIntent;

    /// <summary>A click on a node or link.</summary>
    /// <param name="Id">The element's id.</param>
    /// <param name="Additive">Toggle it in the selection (Ctrl or Shift held) instead of selecting only it.</param>
    public sealed record Select(string Id, bool Additive = false) : DesignerIntent;

    /// <summary>A marquee selected exactly these ids.</summary>
    public sealed record SelectMany(IReadOnlyList<string> Ids) : DesignerIntent;

    /// <summary>One node was dragged to a new position (sent once, on release).</summary>
    public sealed record MoveNode(string Id, CanvasPosition To) : DesignerIntent;

    /// <summary>A node was moved by a key (Shift+arrow): a run of such moves of one node is one undo step.</summary>
    public sealed record NudgeNode(string Id, CanvasPosition To) : DesignerIntent;

    /// <summary>Several selected nodes were dragged together: their new positions, once, on release.</summary>
    public sealed record MoveNodes(IReadOnlyDictionary<string, CanvasPosition> Positions) : DesignerIntent;

    /// <summary>A link was drawn from an agent's port to a node; refused with a reason when the rules forbid it.</summary>
    /// <param name="Handoff">Drawn from the handoff port (else the tool port).</param>
    /// <param name="From">The agent the link starts at.</param>
    /// <param name="To">The agent or tool it was dropped on.</param>
    public sealed record Connect(bool Handoff, string From, string To) : DesignerIntent;

    /// <summary>Adds an agent (the first one becomes the entry).</summary>
    /// <param name="At">Where it was dropped; null places it right of every node.</param>
    public sealed record AddAgent(CanvasPosition? At = null) : DesignerIntent;

    /// <summary>Adds a tool of a kind.</summary>
    /// <param name="Kind">One of <see cref="ToolKinds"/>.</param>
    /// <param name="At">Where it was dropped; null places it right of every node.</param>
    public sealed record AddTool(string Kind, CanvasPosition? At = null) : DesignerIntent;

    /// <summary>Adds a note.</summary>
    /// <param name="At">Where it was dropped; null places it right of every node.</param>
    public sealed record AddNote(CanvasPosition? At = null) : DesignerIntent;

    /// <summary>Pastes clipboard JSON (Ctrl+V) and selects what was pasted.</summary>
    public sealed record Paste(string Json) : DesignerIntent;

    /// <summary>Lays every element out afresh, left to right from the entry agent.</summary>
    public sealed record ArrangeAll : DesignerIntent;

    /// <summary>Replaces the design with an imported file's, as one undoable step.</summary>
    public sealed record Import(DesignDocument Design, string FileName) : DesignerIntent;

    /// <summary>Closes the message shown above the canvas.</summary>
    public sealed record DismissMessage : DesignerIntent;
}
