namespace AgentStudio.Core.Exporting;

/// <summary>The header comment every exported project's main source file starts with: where the code came from.</summary>
public static class ExportHeader
{
    /// <summary>
    /// The header's text, one paragraph a line: the design's name and revision, then its description if it has one.
    /// Wrap it with <see cref="CommentText.Wrap"/> and prefix the language's comment marker.
    /// </summary>
    public static string Text(ExportSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var revision = source.Revision is { } number ? $"revision {number}" : "a file never stored";
        var header = $"{source.Design.Name}\nExported from AgentStudio ({revision}).";
        return string.IsNullOrWhiteSpace(source.Design.Description) ? header : $"{header}\n\n{source.Design.Description}";
    }
}
