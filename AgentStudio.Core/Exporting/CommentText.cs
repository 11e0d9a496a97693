using System.Globalization;
using System.Text;

namespace AgentStudio.Core.Exporting;

/// <summary>Makes user text (names, notes) safe inside source-code comments of any target language.</summary>
public static class CommentText
{
    /// <summary>
    /// The text as one line: every line break (<c>\r</c>, <c>\n</c>, U+0085, U+2028, U+2029) and other control
    /// character becomes a space, so it cannot end a <c>//</c> or <c>#</c> comment early; a lone surrogate becomes
    /// U+FFFD, which is what a UTF-8 file would hold anyway.
    /// </summary>
    public static string SingleLine(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var line = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                line.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                line.Append('\uFFFD');
            }
            else
            {
                line.Append(IsBreakOrControl(c) ? ' ' : c);
            }
        }

        return line.ToString();
    }

    /// <summary>The text split into lines at every line break, each made safe by <see cref="SingleLine"/>; trailing spaces removed.</summary>
    public static IReadOnlyList<string> Lines(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || IsLineBreak(text[i]))
            {
                lines.Add(SingleLine(text[start..i]).TrimEnd());
                if (i < text.Length && text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        return lines;
    }

    /// <summary>
    /// The text's <see cref="Lines"/>, each broken at spaces into lines of at most <paramref name="width"/> characters
    /// (a longer word keeps its own line), for comments that read like hand-written ones.
    /// </summary>
    public static IReadOnlyList<string> Wrap(string text, int width)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        var wrapped = new List<string>();
        foreach (var line in Lines(text))
        {
            var current = new StringBuilder();
            foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (current.Length > 0 && current.Length + 1 + word.Length > width)
                {
                    wrapped.Add(current.ToString());
                    current.Clear();
                }

                current.Append(current.Length > 0 ? " " : "").Append(word);
            }

            wrapped.Add(current.ToString());
        }

        return wrapped;
    }

    /// <summary>
    /// <paramref name="text"/> safe for a one-line comment with nothing lost: control characters, line and paragraph
    /// separators and lone surrogates written as <c>\uXXXX</c> escapes.
    /// </summary>
    public static string Escaped(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                result.Append(c).Append(text[++i]);
            }
            else if (char.IsControl(c) || char.IsSurrogate(c) || c is '\u2028' or '\u2029' or '\u0085')
            {
                result.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
            }
            else
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }

    private static bool IsLineBreak(char c) => c is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029';

    private static bool IsBreakOrControl(char c) =>
        IsLineBreak(c) || char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format;
}
