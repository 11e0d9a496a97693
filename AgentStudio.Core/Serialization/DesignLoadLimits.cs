namespace AgentStudio.Core.Serialization;

/// <summary>How much a load accepts: files a user brings are held to the published limits; revisions the app stored itself are not.</summary>
/// <param name="MaxBytes">The largest UTF-8 text accepted.</param>
/// <param name="MaxDepth">The deepest nesting of JSON objects and arrays accepted.</param>
internal readonly record struct DesignLoadLimits(long MaxBytes, int MaxDepth)
{
    /// <summary>Files, CLI arguments, browser imports and pastes.</summary>
    public static DesignLoadLimits UserFile { get; } = new(DesignSerializer.MaxFileBytes, DesignSerializer.MaxDepth);

    /// <summary>
    /// Revisions read back from the store. A design grows in the designer past what an import allows
    /// (and older revisions were written escaped, three times larger for emoji), yet it must always reopen.
    /// </summary>
    public static DesignLoadLimits Stored { get; } = new(long.MaxValue, DesignSerializer.MaxStoredDepth);
}
