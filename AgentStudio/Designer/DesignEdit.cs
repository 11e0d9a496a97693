namespace AgentStudio.Designer;

/// <summary>
/// A named change to one element, made in the property panel (rename an agent, set a tool's URL …). Edits carry
/// values, not code: <see cref="DesignEditCommands"/> turns each into the design command it stands for.
/// </summary>
/// <param name="TargetId">The agent, tool, edge or note edited. Consecutive edits of one kind on one target are one undo step.</param>
public abstract record DesignEdit(string TargetId) : DesignerIntent;
