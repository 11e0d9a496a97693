using System.Globalization;
using System.Text;

namespace AgentStudio.Core.Exporting.Python;

/// <summary>
/// Writes Python string literals that hold a value exactly, with black's choice of quotes: double quotes unless
/// single quotes need fewer escapes. Characters a Python source file cannot hold safely (control characters, line
/// separators, lone surrogates) become escapes, so any .NET string can be written.
/// </summary>
internal static class PythonString
{
    /// <summary>A literal holding <paramref name="value"/>.</summary>
    public static string Literal(string value) => Render([new PythonStringPiece(value, IsExpression: false)]);

    /// <summary>
    /// A literal for <paramref name="pieces"/>: an f-string when one of them is an expression (whose text is written
    /// between braces as it is), a plain string otherwise.
    /// </summary>
    public static string Render(IReadOnlyList<PythonStringPiece> pieces)
    {
        var isFormat = pieces.Any(p => p.IsExpression);
        var text = string.Concat(pieces.Where(p => !p.IsExpression).Select(p => p.Text));
        var doubles = text.Count(c => c == '"');
        var singles = text.Count(c => c == '\'');
        var quote = doubles > singles ? '\'' : '"';
        var literal = new StringBuilder();
        if (isFormat)
        {
            literal.Append('f');
        }

        literal.Append(quote);
        foreach (var piece in pieces)
        {
            if (piece.IsExpression)
            {
                literal.Append('{').Append(piece.Text).Append('}');
            }
            else
            {
                AppendEscaped(literal, piece.Text, quote, isFormat);
            }
        }

        return literal.Append(quote).ToString();
    }

    /// <summary>
    /// Splits <paramref name="pieces"/> into literals of at most <paramref name="width"/> characters each where it can,
    /// breaking after spaces and line breaks, as a person wraps a long string into implicitly joined lines.
    /// </summary>
    public static IReadOnlyList<string> Wrap(IReadOnlyList<PythonStringPiece> pieces, int width)
    {
        var words = new List<PythonStringPiece>();
        foreach (var piece in pieces)
        {
            if (piece.IsExpression)
            {
                words.Add(piece);
                continue;
            }

            var start = 0;
            for (var i = 0; i < piece.Text.Length; i++)
            {
                if (piece.Text[i] is ' ' or '\n' && (i + 1 == piece.Text.Length || piece.Text[i + 1] is not (' ' or '\n')))
                {
                    words.Add(piece with { Text = piece.Text[start..(i + 1)] });
                    start = i + 1;
                }
                else if (char.IsHighSurrogate(piece.Text[i]) && i + 1 < piece.Text.Length && char.IsLowSurrogate(piece.Text[i + 1]))
                {
                    i++;
                }
            }

            if (start < piece.Text.Length)
            {
                words.Add(piece with { Text = piece.Text[start..] });
            }
        }

        var lines = new List<string>();
        var current = new List<PythonStringPiece>();
        foreach (var word in words)
        {
            var candidate = Join([.. current, word]);
            if (current.Count > 0 && Render(candidate).Length > width)
            {
                lines.Add(Render(Join(current)));
                current.Clear();
            }

            current.Add(word);
            if (word is { IsExpression: false } && word.Text.EndsWith('\n'))
            {
                // A line break in the text ends the source line too, as a person writes a multi-line text.
                lines.Add(Render(Join(current)));
                current.Clear();
            }
        }

        if (current.Count > 0 || lines.Count == 0)
        {
            lines.Add(Render(Join(current)));
        }

        return lines;
    }

    // Adjacent literal pieces merged, so quote choice and escapes see whole runs of text.
    private static List<PythonStringPiece> Join(IEnumerable<PythonStringPiece> pieces)
    {
        var joined = new List<PythonStringPiece>();
        foreach (var piece in pieces)
        {
            if (!piece.IsExpression && joined.Count > 0 && !joined[^1].IsExpression)
            {
                joined[^1] = joined[^1] with { Text = joined[^1].Text + piece.Text };
            }
            else
            {
                joined.Add(piece);
            }
        }

        return joined;
    }

    private static void AppendEscaped(StringBuilder literal, string text, char quote, bool isFormat)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\\':
                    literal.Append("\\\\");
                    break;
                case '\n':
                    literal.Append("\\n");
                    break;
                case '\r':
                    literal.Append("\\r");
                    break;
                case '\t':
                    literal.Append("\\t");
                    break;
                case '{' or '}' when isFormat:
                    literal.Append(c).Append(c);
                    break;
                default:
                    if (c == quote)
                    {
                        literal.Append('\\').Append(c);
                    }
                    else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        literal.Append(c).Append(text[++i]);
                    }
                    else if (NeedsEscape(c))
                    {
                        literal.Append(c <= 0xFF
                            ? "\\x" + ((int)c).ToString("x2", CultureInfo.InvariantCulture)
                            : "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        literal.Append(c);
                    }

                    break;
            }
        }
    }

    // Lone surrogates cannot be encoded in UTF-8; control and format characters would be invisible or break lines.
    private static bool NeedsEscape(char c) =>
        char.IsSurrogate(c)
        || char.IsControl(c)
        || char.GetUnicodeCategory(c) is UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Format;
}

/// <summary>A piece of a Python string: literal text, or an expression written between braces of an f-string.</summary>
/// <param name="Text">The text, or the expression's source.</param>
/// <param name="IsExpression">Whether <paramref name="Text"/> is an expression.</param>
internal sealed record PythonStringPiece(string Text, bool IsExpression);
