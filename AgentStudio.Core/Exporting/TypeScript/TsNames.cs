using System.Text;

namespace AgentStudio.Core.Exporting.TypeScript;

/// <summary>Identifiers for the generated code: camelCase from the design's names, unique, never a reserved word.</summary>
internal sealed class TsNames
{
    // Reserved words, and the names the generated modules import or declare themselves.
    private static readonly HashSet<string> Taken = new(
    [
        "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do", "else", "enum",
        "export", "extends", "false", "finally", "for", "function", "if", "import", "in", "instanceof", "new", "null",
        "return", "super", "switch", "this", "throw", "true", "try", "typeof", "var", "void", "while", "with", "yield",
        "let", "static", "implements", "interface", "package", "private", "protected", "public", "await", "async",
        "arguments", "eval", "undefined", "Agent", "handoff", "tool", "z", "removeAllTools", "input", "process",
        "MCPServerStdio", "MCPServerStreamableHttp", "mcpServers", "secret", "escapeUrl", "responseText", "currentTime",
        "httpGet", "calculate", "fetch", "JSON", "AbortSignal", "response",
    ], StringComparer.Ordinal);

    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    /// <summary>A new identifier from <paramref name="name"/>, ending in <paramref name="suffix"/> unless it already does.</summary>
    public string Declare(string name, string suffix, string fallback)
    {
        var identifier = CamelCase(name);
        if (identifier.Length == 0 || char.IsAsciiDigit(identifier[0]))
        {
            identifier = fallback + identifier;
        }

        if (suffix.Length > 0 && !identifier.EndsWith(suffix, StringComparison.Ordinal))
        {
            identifier += suffix;
        }

        var unique = identifier;
        for (var n = 2; Taken.Contains(unique) || !_used.Add(unique); n++)
        {
            unique = identifier + n;
        }

        return unique;
    }

    /// <summary>An object key: bare when it is an identifier, else a string literal.</summary>
    public static string PropertyKey(string name) => IsIdentifier(name) ? name : TsLiteral.String(name);

    /// <summary>A member access on <paramref name="target"/>: <c>.name</c> or <c>["name"]</c>.</summary>
    public static string Member(string target, string name) => IsIdentifier(name) ? $"{target}.{name}" : $"{target}[{TsLiteral.String(name)}]";

    private static bool IsIdentifier(string name) =>
        name.Length > 0 && !char.IsAsciiDigit(name[0]) && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '$');

    // "Billing Desk" → billingDesk, lookup_invoices → lookupInvoices, TriageAgent → triageAgent.
    private static string CamelCase(string name)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in name)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        var text = new StringBuilder();
        foreach (var w in words)
        {
            text.Append(text.Length == 0 ? LowerFirst(w) : char.ToUpperInvariant(w[0]) + w[1..]);
        }

        return text.ToString();
    }

    // TriageAgent → triageAgent, but an all-capitals word such as API → api.
    private static string LowerFirst(string word) =>
        word.All(c => !char.IsAsciiLetterLower(c)) ? word.ToLowerInvariant() : char.ToLowerInvariant(word[0]) + word[1..];
}
