using System.Text.Json;

namespace AgentStudio.Core.Validation;

/// <summary>
/// Checks that a JSON value is a well-formed JSON Schema (draft 2020-12 / draft-07 keywords) of the kind
/// model APIs accept, naming the offending keyword's path. It checks the schema's shape, not instances,
/// and never follows a <c>$ref</c> outside the document, so validating a design makes no network call.
/// </summary>
public static class JsonSchemaShape
{
    private static readonly HashSet<string> Types = ["string", "number", "integer", "boolean", "object", "array", "null"];
    private static readonly string[] SchemaMaps = ["properties", "patternProperties", "$defs", "definitions", "dependentSchemas"];
    private static readonly string[] SchemaLists = ["allOf", "anyOf", "oneOf", "prefixItems"];
    private static readonly string[] SingleSchemas = ["not", "if", "then", "else", "contains", "propertyNames", "unevaluatedItems", "unevaluatedProperties"];
    private static readonly string[] SchemaOrBoolean = ["additionalProperties", "additionalItems"];
    private static readonly string[] NonNegativeIntegers = ["minLength", "maxLength", "minItems", "maxItems", "minProperties", "maxProperties", "minContains", "maxContains"];
    private static readonly string[] Numbers = ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"];

    /// <summary>Returns each problem of the schema at <paramref name="path"/> as (path, message); none when it is well-formed.</summary>
    public static IEnumerable<(string Path, string Message)> Check(JsonElement schema, string path)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return [(path, $"a schema must be a JSON object, but this is {Kind(schema)}.")];
        }

        var problems = new List<(string, string)>();
        CheckSchema(schema, path, problems, depth: 0);
        return problems;
    }

    private static void CheckSchema(JsonElement schema, string path, List<(string, string)> problems, int depth)
    {
        if (schema.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return;
        }

        if (schema.ValueKind != JsonValueKind.Object)
        {
            problems.Add((path, $"a schema must be an object or true/false, but this is {Kind(schema)}."));
            return;
        }

        if (depth > 32)
        {
            problems.Add((path, "the schema is nested more than 32 levels deep."));
            return;
        }

        foreach (var property in schema.EnumerateObject())
        {
            var at = $"{path}.{property.Name}";
            var value = property.Value;
            switch (property.Name)
            {
                case "type":
                    CheckType(value, at, problems);
                    break;
                case "required":
                    if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.String))
                    {
                        problems.Add((at, "\"required\" must be an array of property names."));
                    }

                    break;
                case "enum":
                    if (value.ValueKind != JsonValueKind.Array)
                    {
                        problems.Add((at, "\"enum\" must be an array of allowed values."));
                    }

                    break;
                case "items":
                    CheckSchema(value, at, problems, depth + 1);
                    break;
                case "$ref":
                    if (value.ValueKind != JsonValueKind.String || !value.GetString()!.StartsWith('#'))
                    {
                        problems.Add((at, "\"$ref\" must point inside this schema (\"#/$defs/...\"); other documents are not fetched."));
                    }

                    break;
                case var name when SchemaMaps.Contains(name):
                    if (value.ValueKind != JsonValueKind.Object)
                    {
                        problems.Add((at, $"\"{name}\" must be an object of schemas."));
                        break;
                    }

                    foreach (var child in value.EnumerateObject())
                    {
                        CheckSchema(child.Value, $"{at}.{child.Name}", problems, depth + 1);
                    }

                    break;
                case var name when SchemaLists.Contains(name):
                    if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() == 0)
                    {
                        problems.Add((at, $"\"{name}\" must be a non-empty array of schemas."));
                        break;
                    }

                    var index = 0;
                    foreach (var child in value.EnumerateArray())
                    {
                        CheckSchema(child, $"{at}[{index++}]", problems, depth + 1);
                    }

                    break;
                case var name when SingleSchemas.Contains(name) || SchemaOrBoolean.Contains(name):
                    CheckSchema(value, at, problems, depth + 1);
                    break;
                case var name when NonNegativeIntegers.Contains(name):
                    if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out var count) || count < 0)
                    {
                        problems.Add((at, $"\"{name}\" must be a whole number of at least 0."));
                    }

                    break;
                case var name when Numbers.Contains(name):
                    if (value.ValueKind != JsonValueKind.Number)
                    {
                        problems.Add((at, $"\"{name}\" must be a number."));
                    }

                    break;
            }
        }
    }

    private static void CheckType(JsonElement type, string path, List<(string, string)> problems)
    {
        var names = type.ValueKind switch
        {
            JsonValueKind.String => [type.GetString()],
            JsonValueKind.Array => type.EnumerateArray().Select(t => t.ValueKind == JsonValueKind.String ? t.GetString() : null).ToArray(),
            _ => [null],
        };
        foreach (var name in names)
        {
            if (name is null || !Types.Contains(name))
            {
                problems.Add((path, $"\"type\" must be one of {string.Join(", ", Types)}{(name is null ? "" : $", not \"{name}\"")}."));
            }
        }
    }

    private static string Kind(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "an object",
    };
}
