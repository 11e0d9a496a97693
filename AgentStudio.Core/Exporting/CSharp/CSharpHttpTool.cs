using System.Text;
using AgentStudio.Core.Designs;

namespace AgentStudio.Core.Exporting.CSharp;

/// <summary>
/// An HTTP tool as a factory method of <c>FunctionTools.cs</c>: a <c>ToolFunction</c> that builds the request the
/// studio builds (arguments URL-escaped in the URL and raw elsewhere, secrets read from environment variables) and
/// answers through <c>HttpTools.SendAsync</c>.
/// </summary>
internal static class CSharpHttpTool
{
    private const string NoParameters = "{\n  \"type\": \"object\",\n  \"properties\": {}\n}";

    // Names the lambda already uses.
    private static readonly string[] Taken = ["arguments", "cancellationToken", "request", "name", "description"];

    // C# keywords, which a variable takes with an @ in front.
    private static readonly HashSet<string> Keywords =
    [
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue",
        "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally",
        "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock",
        "long", "namespace", "new", "null", "object", "operator", "out", "override", "params", "private", "protected",
        "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string",
        "struct", "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort",
        "using", "virtual", "void", "volatile", "while", "await", "var",
    ];

    public static void Write(CSharpWriter w, string method, HttpTool tool)
    {
        var verb = string.Concat(ExportTemplate.Split(tool.Method ?? "").Select(p => p.Text)).Trim().ToUpperInvariant();
        verb = verb.Length == 0 ? "GET" : verb;
        var url = ExportTemplate.Split(tool.Url!.Trim());
        var headers = (tool.Headers ?? new Dictionary<string, string>()).Select(h => (h.Key, Parts: ExportTemplate.Split(h.Value))).ToList();
        var body = tool.Body is null ? null : ExportTemplate.Split(tool.Body);
        var paths = url.Concat(headers.SelectMany(h => h.Parts)).Concat(body ?? [])
            .Where(p => p.Kind == TemplatePartKind.Argument).Select(p => p.Text).Distinct(StringComparer.Ordinal).ToList();
        var variables = Variables(paths);

        CSharpToolsFile.WriteSignature(w, $"The HTTP tool {tool.Name}: sends {verb} {tool.Url.Trim()} and answers with the response body.",
            method, tool.Name, tool.Description ?? "");
        w.Line("new ToolFunction(").Indent();
        w.Line("name,");
        w.Line("description,");
        CSharpToolsFile.WriteSchema(w, tool.Parameters is { } parameters ? CSharpSchemaText.Write(parameters) : NoParameters);
        w.Line("async (arguments, cancellationToken) =>");
        w.Open();
        foreach (var (path, variable) in variables)
        {
            w.Line($"var {variable} = ToolFunction.Text(arguments, {CSharpLiterals.String(path)});");
        }

        w.Line($"using var request = new HttpRequestMessage({Method(verb)}, {Interpolated(url, variables, inUrl: true)});");
        if (body is not null)
        {
            // The body is set before the headers, so a Content-Type header replaces the one the body was given.
            w.Line($"request.Content = HttpTools.Body({Interpolated(body, variables, inUrl: false)});");
        }

        foreach (var (header, parts) in headers)
        {
            w.Line($"HttpTools.SetHeader(request, {CSharpLiterals.String(header)}, {Interpolated(parts, variables, inUrl: false)});");
        }

        w.Line("return await HttpTools.SendAsync(request, cancellationToken);");
        w.Close("});");
        w.Dedent().Dedent();
    }

    private static string Method(string verb) => verb switch
    {
        "GET" => "HttpMethod.Get",
        "POST" => "HttpMethod.Post",
        "PUT" => "HttpMethod.Put",
        "PATCH" => "HttpMethod.Patch",
        "DELETE" => "HttpMethod.Delete",
        "HEAD" => "HttpMethod.Head",
        "OPTIONS" => "HttpMethod.Options",
        _ => $"new HttpMethod({CSharpLiterals.String(verb)})",
    };

    /// <summary>
    /// The template as a C# string expression: a plain literal when it has no placeholders, otherwise an interpolated
    /// string whose holes are the arguments' variables and <c>Secrets.Get("NAME")</c>, URL-escaped inside a URL.
    /// </summary>
    public static string Interpolated(IReadOnlyList<TemplatePart> parts, IReadOnlyDictionary<string, string> variables, bool inUrl)
    {
        if (parts.All(p => p.Kind == TemplatePartKind.Literal))
        {
            return CSharpLiterals.String(string.Concat(parts.Select(p => p.Text)));
        }

        if (parts is [{ Kind: not TemplatePartKind.Literal } only])
        {
            return Hole(only, variables, inUrl);
        }

        var text = new StringBuilder("$\"");
        foreach (var part in parts)
        {
            text.Append(part.Kind == TemplatePartKind.Literal
                ? CSharpLiterals.String(part.Text)[1..^1].Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal)
                : "{" + Hole(part, variables, inUrl) + "}");
        }

        return text.Append('"').ToString();
    }

    private static string Hole(TemplatePart part, IReadOnlyDictionary<string, string> variables, bool inUrl)
    {
        var value = part.Kind == TemplatePartKind.Argument ? variables[part.Text] : $"Secrets.Get({CSharpLiterals.String(part.Text)})";
        return inUrl ? $"Uri.EscapeDataString({value})" : value;
    }

    // Each argument's local variable: its path in camelCase (@ before a keyword), numbered when a name in use or an earlier path has it.
    private static Dictionary<string, string> Variables(IReadOnlyList<string> paths)
    {
        var used = new HashSet<string>(Taken, StringComparer.Ordinal);
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var pascal = CSharpNames.Pascal(path, "Argument");
            var stem = char.ToLowerInvariant(pascal[0]) + pascal[1..];
            stem = Keywords.Contains(stem) ? "@" + stem : stem;
            var variable = stem;
            for (var n = 2; !used.Add(variable); n++)
            {
                variable = stem + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            variables[path] = variable;
        }

        return variables;
    }
}
