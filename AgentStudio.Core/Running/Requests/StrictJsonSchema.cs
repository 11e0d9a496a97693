using System.Text.Json;
using System.Text.Json.Nodes;

namespace AgentStudio.Core.Running.Requests;

/// <summary>
/// The strict form of a JSON Schema that OpenAI's strict mode takes, as the Agents SDK builds it for function tools,
/// agents as tools, handoffs and output types (<c>ensure_strict_json_schema</c>): every object closed with
/// <c>additionalProperties: false</c>, every property listed in <c>required</c>, recursively through
/// <c>$defs</c>, <c>definitions</c>, <c>properties</c>, <c>items</c>, <c>anyOf</c>, <c>oneOf</c> (which becomes
/// <c>anyOf</c>) and <c>allOf</c>; a <c>$ref</c> with sibling keywords is inlined and <c>"default": null</c> dropped.
/// Every other keyword is kept as written.
/// </summary>
/// <remarks>Stateless and thread-safe; the input is never changed.</remarks>
public static partial class StrictJsonSchema
{
    private const int MaxDepth = 100;

    // A `$ref` may sit beside these without constraining the value further.
    private static readonly HashSet<string> NonConstrainingSiblings = new(StringComparer.Ordinal)
    {
        "$anchor", "$comment", "$defs", "$schema", "contentEncoding", "contentMediaType", "contentSchema", "default",
        "definitions", "deprecated", "description", "examples", "readOnly", "title", "writeOnly",
    };

    /// <summary>The schema of a function without parameters in strict form, in the SDK's key order.</summary>
    public static JsonObject Empty() => new()
    {
        ["additionalProperties"] = false, ["type"] = "object", ["properties"] = new JsonObject(), ["required"] = new JsonArray(),
    };

    /// <summary>The strict form of <paramref name="schema"/>.</summary>
    /// <exception cref="ArgumentException">
    /// The schema cannot be made strict without changing what it accepts (an object open to other properties, a
    /// nullable or <c>anyOf</c> root, a <c>$ref</c> with constraining siblings, …); the message says why.
    /// </exception>
    public static JsonObject Convert(JsonElement schema)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            throw new ArgumentException("a JSON schema must be an object.", nameof(schema));
        }

        var root = JsonNode.Parse(schema.GetRawText())!.AsObject();
        if (root.Count == 0)
        {
            return Empty();
        }

        var strict = Visit(root, root, "$", 1);
        if (strict["anyOf"] is JsonArray)
        {
            throw new ArgumentException("the root of a strict JSON schema must not use anyOf.");
        }

        if (strict["type"] is JsonArray types && types.Any(t => t?.GetValueKind() == JsonValueKind.String && (string?)t == "object"))
        {
            if (types.Count != 1)
            {
                throw new ArgumentException($"the root of a strict JSON schema must be a non-nullable object, but its type is {types.ToJsonString()}.");
            }

            strict["type"] = "object";
        }

        return strict;
    }

    /// <summary>The strict form of <paramref name="schema"/>, or null with the reason when it has none.</summary>
    public static JsonObject? TryConvert(JsonElement schema, out string? problem)
    {
        try
        {
            problem = null;
            return Convert(schema);
        }
        catch (ArgumentException e)
        {
            problem = e.Message;
            return null;
        }
    }

    private static JsonObject Visit(JsonNode? node, JsonObject root, string path, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new ArgumentException("the JSON schema is too deeply nested to process safely.");
        }

        if (node is not JsonObject schema)
        {
            throw new ArgumentException($"{path} must be a schema object.");
        }

        if (schema.ContainsKey("$ref"))
        {
            var incompatible = schema.Select(p => p.Key).Where(k => k != "$ref" && !NonConstrainingSiblings.Contains(k) && !(k == "$id" && ReferenceEquals(schema, root))).Order(StringComparer.Ordinal).ToList();
            if (incompatible.Count > 0)
            {
                throw new ArgumentException($"{path} has a $ref with sibling keyword(s) ({string.Join(", ", incompatible)}) that cannot be merged without changing what it accepts.");
            }
        }

        foreach (var keyword in (string[])["$defs", "definitions"])
        {
            if (schema[keyword] is JsonObject definitions)
            {
                foreach (var (name, definition) in definitions.ToList())
                {
                    Visit(definition, root, $"{path}.{keyword}.{name}", depth + 1);
                }
            }
        }

        CloseObject(schema, path);

        if (schema["properties"] is JsonObject properties)
        {
            schema["required"] = new JsonArray([.. properties.Select(p => (JsonNode?)p.Key)]);
            foreach (var (name, property) in properties.ToList())
            {
                Visit(property, root, $"{path}.properties.{name}", depth + 1);
            }
        }

        if (schema["items"] is JsonObject items)
        {
            Visit(items, root, path + ".items", depth + 1);
        }

        if (schema["anyOf"] is JsonArray anyOf)
        {
            for (var i = 0; i < anyOf.Count; i++)
            {
                Visit(anyOf[i], root, $"{path}.anyOf[{i}]", depth + 1);
            }
        }

        // Nested oneOf is not accepted by strict mode; anyOf takes the same discriminated unions.
        if (schema["oneOf"] is JsonArray oneOf)
        {
            if (schema["anyOf"] is not JsonArray union)
            {
                schema["anyOf"] = union = [];
            }

            for (var i = 0; i < oneOf.Count; i++)
            {
                union.Add(Visit(oneOf[i], root, $"{path}.oneOf[{i}]", depth + 1).DeepClone());
            }

            schema.Remove("oneOf");
        }

        if (schema["allOf"] is JsonArray allOf)
        {
            if (allOf.Count == 1)
            {
                return MergeSingleAllOf(schema, allOf[0], root, path, depth);
            }

            for (var i = 0; i < allOf.Count; i++)
            {
                Visit(allOf[i], root, $"{path}.allOf[{i}]", depth + 1);
            }
        }

        if (schema.TryGetPropertyValue("default", out var defaultValue) && defaultValue is null)
        {
            schema.Remove("default");
        }

        // A $ref cannot carry other keywords: the referenced schema is inlined, this one's keywords winning.
        if (schema["$ref"] is JsonValue reference && schema.Count > 1)
        {
            var resolved = Resolve(root, (string?)reference ?? "", path);
            schema.Remove("$ref");
            var merged = resolved.DeepClone().AsObject();
            foreach (var (key, value) in schema.ToList())
            {
                merged[key] = value?.DeepClone();
            }

            Replace(schema, merged);
            return Visit(schema, root, path, depth + 1);
        }

        return schema;
    }

    private static void CloseObject(JsonObject schema, string path)
    {
        var type = schema["type"];
        if (type is null && schema["properties"] is JsonObject)
        {
            schema["type"] = type = "object";
        }
        else if (type is null && schema.TryGetPropertyValue("additionalProperties", out var open) && !IsFalse(open))
        {
            throw new ArgumentException($"{path} allows additional properties, which strict mode cannot take.");
        }

        var isObject = type switch
        {
            JsonValue value => value.GetValueKind() == JsonValueKind.String && (string?)value == "object",
            JsonArray types => types.Any(t => t?.GetValueKind() == JsonValueKind.String && (string?)t == "object"),
            _ => false,
        };
        if (!isObject)
        {
            return;
        }

        if (!schema.TryGetPropertyValue("additionalProperties", out var additional))
        {
            schema["additionalProperties"] = false;
        }
        else if (!IsFalse(additional))
        {
            throw new ArgumentException($"{path} allows additional properties, which strict mode cannot take.");
        }
    }

    private static JsonObject MergeSingleAllOf(JsonObject schema, JsonNode? entry, JsonObject root, string path, int depth)
    {
        if (entry is not JsonObject entrySchema)
        {
            throw new ArgumentException($"{path}.allOf[0] must be a schema object.");
        }

        var strictEntry = entrySchema.ContainsKey("$ref") && entrySchema.All(p => p.Key == "$ref" || NonConstrainingSiblings.Contains(p.Key))
            ? ResolveChain(root, entrySchema, path)
            : Visit(entrySchema, root, path + ".allOf[0]", depth + 1).DeepClone().AsObject();
        schema.Remove("allOf");
        var incompatible = new List<string>();
        foreach (var (key, value) in schema.ToList())
        {
            if (!strictEntry.TryGetPropertyValue(key, out var existing) || NonConstrainingSiblings.Contains(key))
            {
                strictEntry[key] = value?.DeepClone();
            }
            else if (!JsonNode.DeepEquals(existing, value)
                && !(key == "properties" && value is JsonObject { Count: 0 })
                && !(key == "required" && value is JsonArray { Count: 0 }))
            {
                incompatible.Add(key);
            }
        }

        if (incompatible.Count > 0)
        {
            throw new ArgumentException($"{path} has a single allOf entry with parent keyword(s) ({string.Join(", ", incompatible.Order(StringComparer.Ordinal))}) that cannot be merged without changing what it accepts.");
        }

        Replace(schema, strictEntry);
        return Visit(schema, root, path, depth + 1);
    }

    // Follows $ref-only schemas (non-constraining siblings allowed) to the schema they end at, siblings carried along.
    private static JsonObject ResolveChain(JsonObject root, JsonObject schema, string path)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var carried = new JsonObject();
        var current = schema;
        while (current["$ref"] is JsonValue reference && current.All(p => p.Key == "$ref" || NonConstrainingSiblings.Contains(p.Key)))
        {
            var target = (string?)reference ?? "";
            if (!seen.Add(target))
            {
                throw new ArgumentException($"{path} has a circular $ref chain.");
            }

            foreach (var (key, value) in current.Where(p => p.Key != "$ref" && !carried.ContainsKey(p.Key)).ToList())
            {
                carried[key] = value?.DeepClone();
            }

            current = Resolve(root, target, path);
        }

        var resolved = current.DeepClone().AsObject();
        foreach (var (key, value) in carried.ToList())
        {
            resolved[key] = value?.DeepClone();
        }

        return resolved;
    }

    private static JsonObject Resolve(JsonObject root, string reference, string path)
    {
        if (!reference.StartsWith("#/", StringComparison.Ordinal))
        {
            throw new ArgumentException($"{path} has a $ref ({reference}) that does not start with #/.");
        }

        JsonObject resolved = root;
        foreach (var raw in reference[2..].Split('/'))
        {
            var key = raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            resolved = resolved[key] as JsonObject ?? throw new ArgumentException($"{path} has a $ref ({reference}) that does not lead to a schema object.");
        }

        return resolved;
    }

    private static void Replace(JsonObject schema, JsonObject content)
    {
        schema.Clear();
        foreach (var (key, value) in content.ToList())
        {
            content.Remove(key);
            schema[key] = value;
        }
    }

    private static bool IsFalse(JsonNode? node) => node is JsonValue value && value.GetValueKind() == JsonValueKind.False;
}
