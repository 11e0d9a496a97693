using System.Globalization;

namespace AgentStudio.Core.Exporting.Python;

/// <summary>
/// Lays out Python expressions as black does at 88 columns: on one line when it fits, else the brackets' content on
/// one line of its own, else one item a line with a trailing comma. Rendered code may span lines; continuation
/// lines carry their own indentation.
/// </summary>
internal static class PythonCode
{
    /// <summary>black's default line length.</summary>
    public const int LineLength = 88;

    /// <summary>One level of indentation.</summary>
    public const string Indent = "    ";

    /// <summary>
    /// A call of <paramref name="callee"/> (which may start with what precedes it on the line, such as <c>x = </c>)
    /// on a line indented to <paramref name="column"/>, followed by <paramref name="trailer"/> characters on its last
    /// line. Arguments are rendered for column + 4, where black puts them when it splits the call.
    /// </summary>
    public static string Call(string callee, IReadOnlyList<string> arguments, int column, int trailer = 0, bool explode = false) =>
        Bracketed(callee + "(", ")", arguments, column, trailer, explode);

    /// <summary>A list display of <paramref name="items"/>.</summary>
    public static string List(IReadOnlyList<string> items, int column, int trailer = 0, string prefix = "") =>
        Bracketed(prefix + "[", "]", items, column, trailer, explode: false);

    /// <summary>A dict display of <paramref name="entries"/> (each already <c>key: value</c>).</summary>
    public static string Dict(IReadOnlyList<string> entries, int column, int trailer = 0, string prefix = "") =>
        Bracketed(prefix + "{", "}", entries, column, trailer, explode: false);

    /// <summary>
    /// <c>name=</c> (or nothing, for an empty <paramref name="name"/>) and a string, on a line indented to
    /// <paramref name="column"/> after <paramref name="lead"/> other characters: on one line when it fits, else wrapped
    /// into implicitly joined literals in parentheses, one line each, as black leaves them.
    /// </summary>
    public static string KeywordString(string name, IReadOnlyList<PythonStringPiece> pieces, int column, int trailer = 1, int lead = 0)
    {
        var prefix = name.Length == 0 ? "" : name + "=";
        var single = prefix + PythonString.Render(pieces);
        if (column + lead + single.Length + trailer <= LineLength)
        {
            return single;
        }

        var inner = column + Indent.Length;
        var lines = PythonString.Wrap(pieces, LineLength - inner);
        if (lines.Count == 1)
        {
            // One word longer than the line: black leaves such a string as it is.
            return single;
        }

        var pad = new string(' ', inner);
        return prefix + "(\n" + string.Join("\n", lines.Select(l => pad + l)) + "\n" + new string(' ', column) + ")";
    }

    /// <summary><c>name=</c> and a string without placeholders.</summary>
    public static string KeywordString(string name, string value, int column, int trailer = 1) =>
        KeywordString(name, [new PythonStringPiece(value, IsExpression: false)], column, trailer);

    /// <summary>A float as Python writes it (always with a decimal point or exponent).</summary>
    public static string Float(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture).ToLowerInvariant();
        return text.Contains('.') || text.Contains('e') ? text : text + ".0";
    }

    /// <summary><c>True</c> or <c>False</c>.</summary>
    public static string Bool(bool value) => value ? "True" : "False";

    private static string Bracketed(string open, string close, IReadOnlyList<string> items, int column, int trailer, bool explode)
    {
        var flat = open + string.Join(", ", items) + close;
        var multiLine = items.Any(i => i.Contains('\n'));
        if (!explode && !multiLine && column + flat.Length + trailer <= LineLength)
        {
            return flat;
        }

        var inner = column + Indent.Length;
        var pad = new string(' ', inner);
        var body = string.Join(", ", items);
        if (!explode && !multiLine && items.Count > 0 && inner + body.Length <= LineLength)
        {
            return open + "\n" + pad + body + "\n" + new string(' ', column) + close;
        }

        return open + "\n" + string.Concat(items.Select(i => pad + i + ",\n")) + new string(' ', column) + close;
    }
}
