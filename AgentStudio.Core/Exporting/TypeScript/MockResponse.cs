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
        // Read as a run reads it (a mock's response has no secrets: "${secret:…}" stays text).
        var parts = ExportTemplate.Split(template, secrets: false);
        var placeholders = parts.Count(p => p.Kind == TemplatePartKind.Argument);
        var text = new StringBuilder("`");
        foreach (var part in parts)
        {
            text.Append(part.Kind == TemplatePartKind.Argument ? Placeholder(part.Text, parameters) : TsLiteral.TemplateText(part.Text));
        }

        if (placeholders == 0)
        {
            return (new TsString(template), false);
        }

        text.Append('`');
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
}
