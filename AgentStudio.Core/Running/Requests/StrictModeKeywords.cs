using System.Text.Json;

namespace AgentStudio.Core.Running.Requests;

/// <summary>
/// The JSON Schema keywords that OpenAI's strict mode (Structured Outputs) does not take. The Agents SDK sends an
/// output schema with them as written and the API refuses it; the designer says so before a run instead.
/// </summary>
/// <remarks>Stateless and thread-safe. The list follows OpenAI's "Supported schemas" guide.</remarks>
public static class StrictModeKeywords
{
    private const int MaxDepth = 100;

    private static readonly HashSet<string> Unsupported = new(StringComparer.Ordinal)
    {
        "minLength", "maxLength", "patternProperties", "unevaluatedProperties", "propertyNames", "minProperties",
        "maxProperties", "unevaluatedItems", "contains", "minContains", "maxContains", "uniqueItems", "not", "if", "then",
        "else", "dependentRequired", "dependentSchemas",
    };

    private static readonly string[] SchemaMaps = ["properties", "$defs", "definitions"];

    private static readonly string[] SchemaLists = ["anyOf", "oneOf", "allOf", "prefixItems"];

    /// <summary>Every keyword of <paramref name="schema"/> strict mode does not take, with its JSON path under <paramref name="path"/>.</summary>
    public static IReadOnlyList<(string Path, string Keyword)> Find(JsonElement schema, string path)
    {
        var found = new List<(string, string)>();
        Walk(schema, path, found, 1);
        return found;
    }

    private static void Walk(JsonElement schema, string path, List<(string, string)> found, int depth)
    {
        if (schema.ValueKind != JsonValueKind.Object || depth > MaxDepth)
        {
            return;
        }

        foreach (var property in schema.EnumerateObject())
        {
            if (Unsupported.Contains(property.Name))
            {
                found.Add(($"{path}.{property.Name}", property.Name));
            }
        }

        foreach (var keyword in SchemaMaps)
        {
            if (schema.TryGetProperty(keyword, out var map) && map.ValueKind == JsonValueKind.Object)
            {
                foreach (var entry in map.EnumerateObject())
                {
                    Walk(entry.Value, $"{path}.{keyword}.{entry.Name}", found, depth + 1);
                }
            }
        }

        foreach (var keyword in SchemaLists)
        {
            if (schema.TryGetProperty(keyword, out var list) && list.ValueKind == JsonValueKind.Array)
            {
                var i = 0;
                foreach (var entry in list.EnumerateArray())
                {
                    Walk(entry, $"{path}.{keyword}[{i++}]", found, depth + 1);
                }
            }
        }

        foreach (var keyword in (string[])["items", "additionalProperties"])
        {
            if (schema.TryGetProperty(keyword, out var sub))
            {
                Walk(sub, $"{path}.{keyword}", found, depth + 1);
            }
        }
    }
}
