using System.Text;
using System.Text.Json;

namespace AgentStudio.Core.Exporting.TypeScript;

/// <summary>
/// A mock tool's response template as the body of its <c>execute</c>: <c>{{name}}</c> and <c>{{a.b}}</c> become the
/// argument (a string as it is, any other value as JSON, as AgentStudio fills them); a path the parameters do not
/// have is empty, as it is in AgentStudio.
/// </summary>
internal static class MockResponse
{
    /// <summary>A string literal for a template without placeholders, else a template literal over <c>input</c>.</summary>
    public static (TsNode Body, bool UsesInput) Expression(string template, JsonElement? parameters)
    {
        var text = new StringBuilder("`");
        var literal = new StringBuilder();
        var placeholders = 0;
        var position = 0;
        while (position < template.Length)
        {
            var end = string.CompareOrdinal(template, position, "{{", 0, 2) == 0 ? template.IndexOf("}}", position + 2, StringComparison.Ordinal) : -1;
            var path = end >= 0 ? template[(position + 2)..end].Trim() : "";
            if (end >= 0 && IsPath(path))
            {
                placeholders++;
                text.Append(TsLiteral.TemplateText(literal.ToString()));
                literal.Clear();
                text.Append(Placeholder(path, parameters));
                position = end + 2;
            }
            else
            {
                literal.Append(template[position]);
                position++;
            }
        }

        if (placeholders == 0)
        {
            return (new TsString(template), false);
        }

        text.Append(TsLiteral.TemplateText(literal.ToString())).Append('`');
        return (new TsRaw(text.ToString()), true);
    }

    private static string Placeholder(string path, JsonElement? parameters) =>
        ArgumentText(path, parameters) is { } text ? $"${{{text}}}" : "";

    /// <summary>
    /// The expression of the text a <c>{{path}}</c> placeholder stands for: <c>input.a</c> for a string, else
    /// <c>JSON.stringify(input.a)</c>; <see langword="null"/> when the parameters have no such path (the run writes nothing).
    /// </summary>
    public static string? ArgumentText(string path, JsonElement? parameters)
    {
        var access = "input";
        var schema = parameters;
        foreach (var segment in path.Split('.'))
        {
            if (schema is not { ValueKind: JsonValueKind.Object } s || !s.TryGetProperty("properties", out var properties)
                || properties.ValueKind != JsonValueKind.Object || !properties.TryGetProperty(segment, out var property))
            {
                return null;
            }

            access = TsNames.Member(access, segment);
            schema = property;
        }

        var isString = schema is { ValueKind: JsonValueKind.Object } leaf && leaf.TryGetProperty("type", out var type)
            && type.ValueKind == JsonValueKind.String && type.GetString() == "string";
        return isString ? access : $"JSON.stringify({access})";
    }

    // As AgentStudio's templates: only names and dotted paths are placeholders, so JSON braces stay as they are.
    private static bool IsPath(string path) =>
        path.Length > 0 && path.All(c => char.IsLetterOrDigit(c) || c is '_' or '-' or '.' or '$');
}
