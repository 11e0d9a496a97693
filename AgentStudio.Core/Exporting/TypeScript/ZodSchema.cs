using System.Globalization;
using System.Text.Json;

namespace AgentStudio.Core.Exporting.TypeScript;

/// <summary>
/// A zod schema written from a design's JSON Schema (tool parameters, an agent's output schema), for the keywords a
/// design uses: the types, <c>properties</c>, <c>items</c>, <c>enum</c> of strings, bounds, <c>pattern</c> and
/// <c>description</c>. <c>format</c> is refused: zod's formats add a pattern of their own, so the model would see another schema.
/// Every property is required, as AgentStudio and the Agents SDK send strict schemas (optional ones included).
/// </summary>
internal static class ZodSchema
{
    // Keywords that say nothing zod has to write: strict schemas forbid extra properties and require every one anyway.
    private static readonly HashSet<string> Implied = new(["type", "properties", "required", "additionalProperties", "items", "description"], StringComparer.Ordinal);

    /// <summary>The zod expression for <paramref name="schema"/>.</summary>
    /// <exception cref="NotExpressibleException">The schema uses a keyword this writer does not turn into zod.</exception>
    public static TsNode Of(JsonElement schema, string path = "$")
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            throw new NotExpressibleException($"the schema at {path} is not an object");
        }

        var (type, nullable) = TypeOf(schema, path);
        var calls = new List<TsCall>();
        var head = type switch
        {
            "object" => Call("object", new TsObject(Properties(schema, path))),
            "array" => Call("array", schema.TryGetProperty("items", out var items) ? Of(items, path + ".items") : throw new NotExpressibleException($"the array at {path} has no items schema")),
            "string" when schema.TryGetProperty("enum", out var values) => Call("enum", new TsArray([.. Strings(values, path).Select(v => new TsString(v))])),
            "string" => Call("string"),
            "number" => Call("number"),
            "integer" => Call("number"),
            "boolean" => Call("boolean"),
            _ => throw new NotExpressibleException($"the schema at {path} has type \"{type}\", which zod is not written for here"),
        };
        if (type == "integer")
        {
            calls.Add(new TsCall(".int", []));
        }

        foreach (var property in schema.EnumerateObject())
        {
            switch (property.Name)
            {
                case "minimum" or "minItems" or "minLength": calls.Add(new TsCall(".min", [Number(property.Value, path)])); break;
                case "maximum" or "maxItems" or "maxLength": calls.Add(new TsCall(".max", [Number(property.Value, path)])); break;
                case "exclusiveMinimum": calls.Add(new TsCall(".gt", [Number(property.Value, path)])); break;
                case "exclusiveMaximum": calls.Add(new TsCall(".lt", [Number(property.Value, path)])); break;
                case "enum" when type == "string": break;
                case "pattern" when type == "string" && property.Value.ValueKind == JsonValueKind.String:
                    // JSON Schema patterns are ECMA-262 regular expressions, so JavaScript reads them as written;
                    // zod sends the RegExp's source back as the same "pattern".
                    calls.Add(new TsCall(".regex", [new TsCall("new RegExp", [new TsString(property.Value.GetString()!)])]));
                    break;
                case var name when Implied.Contains(name): break;
                default: throw new NotExpressibleException($"the schema at {path} uses \"{property.Name}\", which this export does not write as zod");
            }
        }

        if (nullable)
        {
            calls.Add(new TsCall(".nullable", []));
        }

        if (schema.TryGetProperty("description", out var description))
        {
            calls.Add(new TsCall(".describe", [new TsString(description.GetString() ?? "")]));
        }

        return calls.Count == 0 ? head : new TsChain("z", [new TsCall(head.Callee[1..], head.Arguments), .. calls]);

        static TsCall Call(string name, params TsNode[] arguments) => new($"z.{name}", arguments);
    }

    private static (string Type, bool Nullable) TypeOf(JsonElement schema, string path)
    {
        if (!schema.TryGetProperty("type", out var type))
        {
            return schema.TryGetProperty("properties", out _) ? ("object", false) : throw new NotExpressibleException($"the schema at {path} has no type");
        }

        if (type.ValueKind == JsonValueKind.String)
        {
            return (type.GetString()!, false);
        }

        var types = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()).ToList() : [];
        var others = types.Where(t => t != "null").ToList();
        return others.Count == 1 && types.Count == 2
            ? (others[0]!, true)
            : throw new NotExpressibleException($"the schema at {path} has type {type.GetRawText()}, which zod is not written for here");
    }

    private static List<TsProperty> Properties(JsonElement schema, string path)
    {
        if (!schema.TryGetProperty("properties", out var properties))
        {
            return [];
        }

        return [.. properties.EnumerateObject().Select(p => new TsProperty(TsNames.PropertyKey(p.Name), Of(p.Value, $"{path}.{p.Name}")))];
    }

    private static IEnumerable<string> Strings(JsonElement values, string path) =>
        values.ValueKind == JsonValueKind.Array && values.EnumerateArray().All(v => v.ValueKind == JsonValueKind.String)
            ? values.EnumerateArray().Select(v => v.GetString()!)
            : throw new NotExpressibleException($"the enum at {path} is not a list of strings");

    private static TsRaw Number(JsonElement value, string path) =>
        value.ValueKind == JsonValueKind.Number
            ? new TsRaw(value.GetDouble().ToString("R", CultureInfo.InvariantCulture))
            : throw new NotExpressibleException($"a bound at {path} is not a number");
}

/// <summary>A part of a design the TypeScript export cannot write; the message says what and where.</summary>
internal sealed class NotExpressibleException(string message) : Exception(message);
