using System.Text;

namespace AgentStudio.Core.Exporting;

/// <summary>Turns free text (a note, a design description) into the lines of a source-code comment.</summary>
public static class CommentText
{
    /// <summary>
    /// Splits <paramref name="text"/> at its line breaks and wraps each paragraph at spaces so that a line, with its
    /// <paramref name="prefixLength"/> characters of indentation and comment marker, stays within <paramref name="width"/>
    /// columns where its words allow. Control characters other than tabs become spaces, so the comment cannot end early.
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

    private static string Clean(string paragraph) =>
        string.Concat(paragraph.Select(c => char.IsControl(c) || c is '\u2028' or '\u2029' ? ' ' : c));
}
