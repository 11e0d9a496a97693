namespace AgentStudio.Designer;

/// <summary>Renames the design (the designer's title, the "Design" properties); a blank name is ignored.</summary>
public sealed record RenameDesign(string Name) : DesignEdit(DesignPropertyEdits.DesignTarget);

/// <summary>Sets the design's description, shown in the designs list; blank for none.</summary>
public sealed record SetDesignDescription(string? Description) : DesignEdit(DesignPropertyEdits.DesignTarget);

/// <summary>Edits of the design itself rather than of one element.</summary>
public static class DesignPropertyEdits
{
    /// <summary>The <see cref="DesignEdit.TargetId"/> of edits to the design itself: no element has an empty id.</summary>
    public const string DesignTarget = "";
}
