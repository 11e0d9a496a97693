using System.Text;

namespace AgentStudio.Core.Exporting;

/// <summary>Turns free text (a note, a design description) into the lines of a source-code comment.</summary>
public static class CommentText
{
    /// <summary>
    /// Splits <paramref name="text"/> at its line breaks and wraps each paragraph at spaces so that a line, with its
    /// <paramref name="prefixLength"/> characters of indentation and comment marker, stays within <paramref name="width"/>
    /// columns where its words allow. Control characters become spaces and lone surrogates U+FFFD, so the comment cannot end early.
    /// </summary>
    /// <returns>The lines without the comment marker; an empty paragraph gives an empty line.</returns>
    public static IReadOnlyList<string> Wrap(string text, int prefixLength, int width = 80)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = new List<string>();
        var available = Math.Max(20, width - prefixLength);
        foreach (var paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = new StringBuilder();
            foreach (var word in Clean(paragraph).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (line.Length > 0 && line.Length + 1 + word.Length > available)
                {
                    lines.Add(line.ToString());
                    line.Clear();
                }

                line.Append(line.Length > 0 ? " " : "").Append(word);
            }

            lines.Add(line.ToString());
        }

        return lines;
    }

    // A lone surrogate cannot be written as UTF-8: a comment shows it as U+FFFD, the replacement character.
    private static string Clean(string paragraph)
    {
        var text = new StringBuilder(paragraph.Length);
        for (var i = 0; i < paragraph.Length; i++)
        {
            var c = paragraph[i];
            if (char.IsHighSurrogate(c) && i + 1 < paragraph.Length && char.IsLowSurrogate(paragraph[i + 1]))
            {
                text.Append(c).Append(paragraph[++i]);
            }
            else
            {
                text.Append(char.IsSurrogate(c) ? '\uFFFD' : char.IsControl(c) || c is '\u2028' or '\u2029' ? ' ' : c);
            }
        }

        return text.ToString();
    }
}
