using System.Globalization;
using System.Text;

namespace AgentStudio.Core.Exporting.CSharp;

/// <summary>C# literals that hold any string exactly, and numbers written the same on every machine.</summary>
internal static class CSharpLiterals
{
    /// <summary>
    /// A quoted string literal. Quotes, backslashes, control and format characters, line separators and lone
    /// surrogates are escaped (a lone surrogate is a valid <c>\uXXXX</c> escape in C#), so the value is kept
    /// exactly and nothing invisible hides in the source; every other character, non-ASCII included, is written as is.
    /// </summary>
    public static string String(string value)
    {
        var literal = new StringBuilder(value.Length + 2).Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                literal.Append(c).Append(value[++i]);
                continue;
            }

            literal.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\0' => "\\0",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when NeedsEscape(c) => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }

        return literal.Append('"').ToString();
    }

    /// <summary>
    /// Whether <paramref name="value"/> can be written as a multi-line raw string literal whose lines read as the
    /// text does: it has line breaks (<c>\n</c> only), no character <see cref="String"/> would escape other than
    /// <c>\n</c> and tabs, and no line of only spaces (raw literals trim those).
    /// </summary>
    public static bool FitsRawLiteral(string value) =>
        value.Contains('\n')
        && !value.Any(c => c != '\n' && c != '\t' && NeedsEscapeInRaw(c))
        && value.Split('\n').All(line => line.Length == 0 || !string.IsNullOrWhiteSpace(line));

    /// <summary>
    /// The lines of a multi-line raw string literal holding <paramref name="value"/>: the opening quotes, the text's
    /// lines and the closing quotes, each to be written at the same indentation. The quote run is one longer than
    /// any run of quotes in the text.
    /// </summary>
    public static IReadOnlyList<string> RawLines(string value)
    {
        var quotes = new string('"', Math.Max(3, LongestQuoteRun(value) + 1));
        return [quotes, .. value.Split('\n'), quotes];
    }

    /// <summary>A <c>float</c> literal that round-trips <paramref name="value"/> as a float, culture-independent.</summary>
    public static string Float(double value) => ((float)value).ToString("R", CultureInfo.InvariantCulture) + "f";

    /// <summary>An <c>int</c> literal, culture-independent.</summary>
    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static int LongestQuoteRun(string value)
    {
        int longest = 0, run = 0;
        foreach (var c in value)
        {
            run = c == '"' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return longest;
    }

    private static bool NeedsEscape(char c) =>
        char.IsSurrogate(c) || char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.PrivateUse
            or UnicodeCategory.OtherNotAssigned;

    private static bool NeedsEscapeInRaw(char c) => c == '\r' || NeedsEscape(c);
}
