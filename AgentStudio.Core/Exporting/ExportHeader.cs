namespace AgentStudio.Core.Exporting;

/// <summary>The header comment every exported project's code files start with: where the code came from.</summary>
public static class ExportHeader
{
    /// <summary>
    /// The header's lines, without comment markers: the design's revision and name, and that the code is generated.
    /// Line breaks and other control characters in the name are shown as escapes (<see cref="CommentText.Escaped"/>),
    /// so a name cannot end the comment.
    /// </summary>
    public static IReadOnlyList<string> Lines(ExportSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        // The name comes last: a long one wraps within itself instead of leaving the revision alone on a line.
        var name = $"\"{CommentText.Escaped(source.Design.Name)}\"";
        return
        [
            source.Revision is { } revision ? $"AgentStudio export of revision {revision} of the design {name}." : $"AgentStudio export of the design file {name}.",
            "Export again to update it, or edit it as your own code.",
        ];
    }

    /// <summary>
    /// The header as one text to wrap (<see cref="CommentText.Wrap"/>): its <see cref="Lines"/>, then the design's
    /// description as a paragraph of its own when it has one.
    /// </summary>
    public static string Text(ExportSource source)
    {
        var header = string.Join("\n", Lines(source));
        return string.IsNullOrWhiteSpace(source.Design.Description) ? header : $"{header}\n\n{source.Design.Description}";
    }
}
