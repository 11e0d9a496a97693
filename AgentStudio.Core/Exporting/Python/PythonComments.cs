using System.Text;
using AgentStudio.Core.Designs;

namespace AgentStudio.Core.Exporting.Python;

/// <summary>Comment blocks of generated Python files: the export header and the design's notes, wrapped at 88 columns.</summary>
internal static class PythonComments
{
    /// <summary>The header (<see cref="ExportHeader"/>) and, when given, each note, as <c>#</c> comment lines.</summary>
    public static string Header(ExportSource source, IReadOnlyList<DesignNote>? notes = null)
    {
        var text = new StringBuilder();
        foreach (var line in ExportHeader.Lines(source))
        {
            Wrap(text, line, "");
        }

        foreach (var note in notes ?? [])
        {
            text.Append("#\n");
            text.Append("# Note: ");
            var first = true;
            foreach (var paragraph in note.Text.Replace("\r\n", "\n").Split('\n'))
            {
                if (!first)
                {
                    text.Append("#\n# ");
                }

                WrapRest(text, ExportHeader.CommentText(paragraph), first ? "# Note: ".Length : 2);
                first = false;
            }
        }

        // No trailing spaces, as black leaves comments.
        return string.Join('\n', text.ToString().Split('\n').Select(l => l.TrimEnd()));
    }

    private static void Wrap(StringBuilder text, string line, string indent)
    {
        text.Append(indent).Append("# ");
        WrapRest(text, ExportHeader.CommentText(line), indent.Length + 2);
    }

    // Continues a comment line already started (its first `used` columns written), breaking between words.
    private static void WrapRest(StringBuilder text, string words, int used)
    {
        var column = used;
        var start = true;
        foreach (var word in words.Split(' '))
        {
            if (!start && column + 1 + word.Length > PythonCode.LineLength)
            {
                text.Append("\n# ");
                column = 2;
                start = true;
            }

            if (!start)
            {
                text.Append(' ');
                column++;
            }

            text.Append(word);
            column += word.Length;
            start = false;
        }

        text.Append('\n');
    }
}
