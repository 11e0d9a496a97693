namespace AgentStudio.Diagram;

/// <summary>
/// The canvas's keys, as people read them (the canvas's description for screen readers, the property panel's hint).
/// The scheme follows composite widgets and diagram editors: Tab enters and leaves the canvas, arrows move the focus
/// from node to node, Shift+arrows move the focused node by one grid step, Enter edits it, C connects it.
/// The keys themselves are handled in wwwroot/js/diagram/keyboard.js and node-focus.js.
/// </summary>
public static class DiagramKeys
{
    /// <summary>One sentence per key.</summary>
    public const string Help =
        "Tab focuses the selected or entry node. Arrow keys move the focus to the nearest node that way and select it. " +
        "Shift+arrow keys move the node by one grid step. Enter edits the node in the property panel. " +
        "C connects the agent to another agent or tool. Delete deletes, Escape clears the selection. " +
        "Ctrl+Z undoes, Ctrl+Y redoes, Ctrl+C copies, Ctrl+V pastes, Ctrl+D duplicates, Ctrl+A selects all.";
}
