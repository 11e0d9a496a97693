namespace AgentStudio.Core.Exporting;

/// <summary>The header comment every exported project's source files start with: where the code came from.</summary>
public static class ExportHeader
{
    /// <summary>
    /// The header's lines, without comment markers: the design's name and revision, and that the code is the
    /// user's to edit. The name is made safe for a one-line comment (<see cref="CommentText.SingleLine"/>).
    /// </summary>
    public static IReadOnlyList<string> Lines(ExportSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var revision = source.Revision is { } number ? $"revision {number}" : "an unsaved revision";
        return
        [
            $"Exported from the AgentStudio design \"{CommentText.SingleLine(source.Design.Name)}\", {revision}.",
            "Generated once from the design; edit it as your own code.",
        ];
    }
}
