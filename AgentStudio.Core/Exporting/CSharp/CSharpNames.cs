using System.Text;

namespace AgentStudio.Core.Exporting.CSharp;

/// <summary>C# identifiers made from what users typed: PascalCase, ASCII letters and digits only.</summary>
internal static class CSharpNames
{
    /// <summary>
    /// <paramref name="text"/> as a PascalCase identifier: the ASCII letters and digits of each word, each word's
    /// first letter upper-cased (<c>Customer support triage</c> → <c>CustomerSupportTriage</c>). Text without any
    /// gives <paramref name="fallback"/>; one that starts with a digit gets <paramref name="fallback"/> in front.
    /// </summary>
    public static string Pascal(string text, string fallback)
    {
        var name = new StringBuilder(text.Length);
        var wordStart = true;
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                name.Append(wordStart ? char.ToUpperInvariant(c) : c);
                wordStart = false;
            }
            else
            {
                wordStart = true;
            }
        }

        if (name.Length == 0)
        {
            return fallback;
        }

        return char.IsAsciiDigit(name[0]) ? fallback + name : name.ToString();
    }

    /// <summary>
    /// Gives each text an identifier by <see cref="Pascal"/> that no earlier one and none of <paramref name="taken"/>
    /// has, appending 2, 3, … when needed; the same texts in the same order give the same identifiers.
    /// </summary>
    public static IReadOnlyList<string> Unique(IEnumerable<string> texts, string fallback, IEnumerable<string> taken)
    {
        var used = new HashSet<string>(taken, StringComparer.Ordinal);
        var names = new List<string>();
        foreach (var text in texts)
        {
            var stem = Pascal(text, fallback);
            var name = stem;
            for (var n = 2; !used.Add(name); n++)
            {
                name = stem + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            names.Add(name);
        }

        return names;
    }
}
