namespace AgentStudio.Designs;

/// <summary>Where an open design stands against the database.</summary>
public enum SaveState
{
    /// <summary>The store holds exactly what the editor shows.</summary>
    Saved,

    /// <summary>A change waits for the debounce (or the maximum wait) to end.</summary>
    Pending,

    /// <summary>A save is under way.</summary>
    Saving,

    /// <summary>Another tab or user saved first; nothing was overwritten and the user must choose.</summary>
    Conflict,

    /// <summary>The last save failed; the change is still held and is retried with a growing wait.</summary>
    Failed,

    /// <summary>The design was moved to the trash elsewhere; nothing more is saved until it is restored.</summary>
    Trashed,
}
