using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace AgentStudio.Core.Running.Models.Simulated;

/// <summary>
/// Makes a plausible JSON value of a JSON Schema's shape from the user's words: tool arguments for the
/// simulated model's tool calls, and structured outputs. Deterministic: the same input gives the same value.
/// </summary>
internal static partial class SchemaSampler
{
    private const int MaxDepth = 8;

    /// <summary>A value of <paramref name="schema"/>'s shape; <paramref name="name"/> is the property it fills, if any.</summary>
    public static JsonNode? Sample(JsonElement schema, string userText, string? name = null, int depth = 0)
    {
        if (schema.ValueKind != JsonValueKind.Object || depth > MaxDepth)
        {
            return userText;
        }

        if (schema.TryGetProperty("enum", out var options) && options.ValueKind == JsonValueKind.Array && options.GetArrayLength() > 0)
        {
            return JsonNode.Parse(options[0].GetRawText());
        }

        if (schema.TryGetProperty("const", out var constant))
        {
            return JsonNode.Parse(constant.GetRawText());
        }

        return TypeOf(schema) switch
        {
            "object" => SampleObject(schema, userText, depth),
            "array" => SampleArray(schema, userText, name, depth),
            "number" => Number(schema, name, userText, integer: false),
            "integer" => Number(schema, name, userText, integer: true),
            "boolean" => true,
            "null" => null,
            _ => Text(name, userText),
        };
    }

    /// <summary>Arguments for a tool call: every required property, and every property when none is marked required.</summary>
    public static JsonObject Arguments(JsonElement parameters, string userText)
    {
        var arguments = new JsonObject();
        if (parameters.ValueKind != JsonValueKind.Object || !parameters.TryGetProperty("properties", out var properties) || properties.ValueKind != JsonValueKind.Object)
        {
            return arguments;
        }

        var required = parameters.TryGetProperty("required", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToHashSet(StringComparer.Ordinal)
            : null;
        foreach (var property in properties.EnumerateObject())
        {
            if (required is null || required.Count == 0 || required.Contains(property.Name))
            {
                arguments[property.Name] = Sample(property.Value, userText, property.Name, 1);
            }
        }

        return arguments;
    }

    private static JsonObject SampleObject(JsonElement schema, string userText, int depth)
    {
        var value = new JsonObject();
        if (schema.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in properties.EnumerateObject())
            {
                value[property.Name] = Sample(property.Value, userText, property.Name, depth + 1);
            }
        }

        return value;
    }

    private static JsonArray SampleArray(JsonElement schema, string userText, string? name, int depth)
    {
        var items = schema.TryGetProperty("items", out var itemSchema) ? itemSchema : default;
        var count = schema.TryGetProperty("minItems", out var min) && min.TryGetInt32(out var minItems) ? Math.Max(minItems, 2) : 2;
        var array = new JsonArray();
        for (var i = 1; i <= count; i++)
        {
            var item = items.ValueKind == JsonValueKind.Object && TypeOf(items) is not ("string" or null)
                ? Sample(items, userText, name, depth + 1)
                : $"Simulated {Singular(name ?? "item")} {i} about {Topic(userText)}";
            array.Add(item);
        }

        return array;
    }

    private static JsonNode Number(JsonElement schema, string? name, string userText, bool integer)
    {
        double value;
        var lower = name?.ToLowerInvariant() ?? "";
        if (lower.Contains("score", StringComparison.Ordinal) || lower.Contains("confidence", StringComparison.Ordinal) || lower.Contains("probability", StringComparison.Ordinal))
        {
            value = 0.8;
        }
        else
        {
            var number = NumberPattern().Match(userText);
            value = number.Success ? double.Parse(number.Value, CultureInfo.InvariantCulture) : 1;
        }

        if (schema.TryGetProperty("minimum", out var minimum) && minimum.TryGetDouble(out var lowest))
        {
            value = Math.Max(value, lowest);
        }

        if (schema.TryGetProperty("maximum", out var maximum) && maximum.TryGetDouble(out var highest))
        {
            value = Math.Min(value, highest);
        }

        return integer ? JsonValue.Create((long)Math.Round(value)) : JsonValue.Create(value);
    }

    private static string Text(string? name, string userText)
    {
        var lower = name?.ToLowerInvariant() ?? "input";
        if (lower is "expression" && ExpressionPattern().Matches(userText).Select(m => m.Value.Trim()).Where(e => e.Any(c => "+-*/^%".Contains(c))).MaxBy(e => e.Length) is { } expression)
        {
            return expression;
        }

        if (lower.Contains("email", StringComparison.Ordinal))
        {
            return EmailPattern().Match(userText) is { Success: true } email ? email.Value : "customer@example.com";
        }

        if (lower.Contains("url", StringComparison.Ordinal))
        {
            return UrlPattern().Match(userText) is { Success: true } url ? url.Value : "https://example.com";
        }

        if (lower.EndsWith("id", StringComparison.Ordinal) || lower.Contains("number", StringComparison.Ordinal) || lower.Contains("invoice", StringComparison.Ordinal) || lower.Contains("order", StringComparison.Ordinal))
        {
            return IdentifierPattern().Match(userText) is { Success: true } id ? id.Value : "12345";
        }

        if (lower is "timezone" or "time_zone")
        {
            return "UTC";
        }

        if (lower is "topic" or "subject" or "title")
        {
            return Topic(userText);
        }

        return lower is "input" or "query" or "question" or "message" or "text" or "request" or "q"
            ? userText
            : $"Simulated {lower.Replace('_', ' ')} for: {Topic(userText)}";
    }

    private static string TypeOf(JsonElement schema) =>
        !schema.TryGetProperty("type", out var type) ? (schema.TryGetProperty("properties", out _) ? "object" : "string")
        : type.ValueKind == JsonValueKind.String ? type.GetString()!
        : type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()).FirstOrDefault(t => t is not "null") ?? "null"
        : "string";

    private static string Topic(string userText)
    {
        var words = userText.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 8 ? userText.Trim() : string.Join(' ', words[..8]) + "…";
    }

    private static string Singular(string name) => name.Replace('_', ' ').TrimEnd('s');

    [GeneratedRegex(@"-?\d+(\.\d+)?")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"[\d\s\.\+\-\*/\^%\(\)]+")]
    private static partial Regex ExpressionPattern();

    [GeneratedRegex(@"[\w.+-]+@[\w-]+(\.[\w-]+)+")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex UrlPattern();

    [GeneratedRegex(@"\b[A-Za-z]*\d[\w-]*\b")]
    private static partial Regex IdentifierPattern();
}
