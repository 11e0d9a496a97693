using System.Text.Json;

namespace AgentStudio.Core.Running.Requests;

// What strict mode changes in a schema, as the designer shows it.
public static partial class StrictJsonSchema
{
    /// <summary>
    /// The properties that <paramref name="schema"/> leaves optional (not in <c>required</c>) and strict mode makes
    /// required, as JSON paths from the schema's root (<c>$.properties.unit</c>); empty when there are none.
    /// </summary>
    public static IReadOnlyList<string> OptionalPropertiesMadeRequired(JsonElement schema)
    {
        var paths = new List<string>();
        CollectOptional(schema, "$", paths, 1);
        return paths;
    }

    private static void CollectOptional(JsonElement schema, string path, List<string> paths, int depth)
    {
        if (schema.ValueKind != JsonValueKind.Object || depth > MaxDepth)
        {
            return;
        }

        if (schema.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object)
        {
            var required = schema.TryGetProperty("required", out var list) && list.ValueKind == JsonValueKind.Array
                ? list.EnumerateArray().Where(r => r.ValueKind == JsonValueKind.String).Select(r => r.GetString()!).ToHashSet(StringComparer.Ordinal)
                : [];
            foreach (var property in properties.EnumerateObject())
            {
                var propertyPath = $"{path}.properties.{property.Name}";
                if (!required.Contains(property.Name))
                {
                    paths.Add(propertyPath);
                }

                CollectOptional(property.Value, propertyPath, paths, depth + 1);
            }
        }

        if (schema.TryGetProperty("items", out var items))
        {
            CollectOptional(items, path + ".items", paths, depth + 1);
        }

        foreach (var keyword in (string[])["anyOf", "oneOf", "allOf"])
        {
            if (schema.TryGetProperty(keyword, out var variants) && variants.ValueKind == JsonValueKind.Array)
            {
                var i = 0;
                foreach (var variant in variants.EnumerateArray())
                {
                    CollectOptional(variant, $"{path}.{keyword}[{i++}]", paths, depth + 1);
                }
            }
        }

        foreach (var keyword in (string[])["$defs", "definitions"])
        {
            if (schema.TryGetProperty(keyword, out var definitions) && definitions.ValueKind == JsonValueKind.Object)
            {
                foreach (var definition in definitions.EnumerateObject())
                {
                    CollectOptional(definition.Value, $"{path}.{keyword}.{definition.Name}", paths, depth + 1);
                }
            }
        }
    }
}
