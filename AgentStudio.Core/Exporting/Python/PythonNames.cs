using System.Text;

namespace AgentStudio.Core.Exporting.Python;

/// <summary>
/// Python identifiers for a design's agents, tools and models, unique within one module: snake_case for variables
/// and functions, PascalCase for classes, never a keyword or a name the module imports.
/// </summary>
internal sealed class PythonNames
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
        "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
        "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
    };

    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        "_OPERATORS", "_FUNCTIONS", "_CONSTANTS", "_escape", "UTC", "timedelta",
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
        "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
        "not", "or", "pass", "raise", "return", "try", "while", "with", "yield", "match", "case", "type",
        // Names the generated module imports or defines itself.
        "os", "json", "math", "ast", "operator", "datetime", "timezone", "quote", "httpx", "Agent", "ModelSettings",
        "function_tool", "handoff", "handoff_filters", "BaseModel", "Field", "Literal", "ZoneInfo", "MCPServerStdio",
        "MCPServerStreamableHttp", "create_static_tool_filter", "replace", "entry_agent", "mcp_servers", "_text",
        "_evaluate", "list", "dict", "str", "int", "float", "bool", "input", "print", "id",
    };

    private readonly HashSet<string> _taken = new(Reserved, StringComparer.Ordinal);

    /// <summary>Whether <paramref name="name"/> is a Python identifier that is not a keyword.</summary>
    public static bool IsIdentifier(string name) =>
        name.Length > 0
        && !char.IsAsciiDigit(name[0])
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
        && !Reserved.Contains(name);

    /// <summary>Whether <paramref name="name"/> can be a public attribute (a Pydantic field): an identifier, not a keyword, not starting with <c>_</c>.</summary>
    public static bool IsAttribute(string name) =>
        name.Length > 0
        && !char.IsAsciiDigit(name[0])
        && name[0] != '_'
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
        && !Keywords.Contains(name);

    /// <summary>A snake_case attribute name for <paramref name="text"/>, without claiming it.</summary>
    public static string AttributeFor(string text)
    {
        var name = ToSnake(text);
        name = name.Length == 0 ? "value" : char.IsAsciiDigit(name[0]) ? "n" + name : name;
        return Keywords.Contains(name) ? name + "_" : name;
    }

    /// <summary>A fresh snake_case name for <paramref name="text"/>, with <paramref name="suffix"/> unless it already ends so.</summary>
    public string Snake(string text, string suffix = "")
    {
        var name = ToSnake(text);
        if (suffix.Length > 0 && !name.EndsWith(suffix, StringComparison.Ordinal))
        {
            name = name.Length == 0 ? suffix.TrimStart('_') : name + suffix;
        }

        return Claim(name.Length == 0 ? "item" : name);
    }

    /// <summary>A fresh name that is <paramref name="preferred"/> itself when that is a free identifier.</summary>
    public string Exact(string preferred) => IsIdentifier(preferred) && !_taken.Contains(preferred) ? Claim(preferred) : Snake(preferred);

    /// <summary>A fresh PascalCase class name for <paramref name="text"/>.</summary>
    public string Pascal(string text)
    {
        var name = new StringBuilder();
        foreach (var word in ToSnake(text).Split('_', StringSplitOptions.RemoveEmptyEntries))
        {
            name.Append(char.ToUpperInvariant(word[0])).Append(word.AsSpan(1));
        }

        return Claim(name.Length == 0 ? "Model" : name.ToString());
    }

    private string Claim(string name)
    {
        if (char.IsAsciiDigit(name[0]))
        {
            name = "_" + name;
        }

        var unique = name;
        for (var n = 2; !_taken.Add(unique); n++)
        {
            unique = $"{name}_{n}";
        }

        return unique;
    }

    // ResearchAgent → research_agent, "Billing Agent" → billing_agent, HTTPServer → http_server.
    private static string ToSnake(string text)
    {
        var name = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiLetterOrDigit(c))
            {
                var wordStart = char.IsAsciiLetterUpper(c) && i > 0
                    && (char.IsAsciiLetterLower(text[i - 1]) || char.IsAsciiDigit(text[i - 1])
                        || (char.IsAsciiLetterUpper(text[i - 1]) && i + 1 < text.Length && char.IsAsciiLetterLower(text[i + 1])));
                if (wordStart && name.Length > 0 && name[^1] != '_')
                {
                    name.Append('_');
                }

                name.Append(char.ToLowerInvariant(c));
            }
            else if (name.Length > 0 && name[^1] != '_')
            {
                name.Append('_');
            }
        }

        return name.ToString().Trim('_');
    }
}
