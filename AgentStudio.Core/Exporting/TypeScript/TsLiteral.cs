using System.Globalization;
using System.Text;

namespace AgentStudio.Core.Exporting.TypeScript;

/// <summary>
/// TypeScript string and template literals that hold a text exactly (lone surrogates included, as <c>\u</c>
/// escapes), quoted as prettier quotes them: double quotes unless the text holds more of them than single quotes.
/// </summary>
internal static class TsLiteral
{
    /// <summary>A string literal for <paramref name="text"/>.</summary>
    public static string String(string text)
    {
        var doubles = text.Count(c => c == '"');
        var singles = text.Count(c => c == '\'');
        var quote = doubles > singles ? '\'' : '"';
        var literal = new StringBuilder(text.Length + 2).Append(quote);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == quote || c == '\\')
            {
                literal.Append('\\').Append(c);
            }
            else
            {
                AppendCharacter(literal, text, ref i);
            }
        }

        return literal.Append(quote).ToString();
    }

    /// <summary>The text between the backticks of a template literal: <c>`</c>, <c>\</c> and <c>${</c> escaped.</summary>
    public static string TemplateText(string text)
    {
        var literal = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '`' or '\\' || (c == '$' && i + 1 < text.Length && text[i + 1] == '{'))
            {
                literal.Append('\\').Append(c);
            }
            else
            {
                AppendCharacter(literal, text, ref i);
            }
        }

        return literal.ToString();
    }

    private static void AppendCharacter(StringBuilder literal, string text, ref int i)
    {
        var c = text[i];
        switch (c)
        {
            case '\n': literal.Append("\\n"); return;
            case '\r': literal.Append("\\r"); return;
            case '\t': literal.Append("\\t"); return;
        }

        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            literal.Append(c).Append(text[++i]);
        }
        else if (char.IsSurrogate(c) || char.IsControl(c) || c is '\u2028' or '\u2029' or '\uFEFF')
        {
            // A lone surrogate cannot be written as UTF-8, and control characters would be invisible: both as escapes.
            literal.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
        }
        else
        {
            literal.Append(c);
        }
    }
}
