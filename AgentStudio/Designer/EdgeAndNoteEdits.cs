using AgentStudio.Core.Designs;

namespace AgentStudio.Designer;

/// <summary>Sets an edge's description (for a handoff: when to hand off).</summary>
public sealed record SetEdgeDescription(string EdgeId, string? Description) : DesignEdit(EdgeId);

/// <summary>Sets the tool name the model sees for an edge; blank for the derived one.</summary>
public sealed record SetEdgeToolName(string EdgeId, string? ToolName) : DesignEdit(EdgeId);

/// <summary>Sets the history a handoff's target sees.</summary>
public sealed record SetHistoryFilter(string EdgeId, HistoryFilter Filter) : DesignEdit(EdgeId);

/// <summary>Sets a note's text.</summary>
public sealed record SetNoteText(string NoteId, string? Text) : DesignEdit(NoteId);
