using System.Text.Json;

namespace AgentStudio.Core.Exporting.Python;

/// <summary>Python type annotations for JSON Schema types, the way a person annotates a function or a Pydantic field.</summary>
internal static class PythonSchemaTypes
{
    /// <summary>
    /// The annotation for <paramref name="schema"/>, or <see langword="null"/> with <paramref name="problem"/> saying
    /// why it has none. Objects with properties go to <paramref name="objectClass"/> (which returns a class name) or,
    /// without it, have no annotation.
    /// </summary>
    public static string? Annotation(JsonElement schema, string where, Func<string, JsonElement, string?>? objectClass, PythonImports imports, out string? problem)
    {
        problem = null;
        if (schema.ValueKind != JsonValueKind.Object)
        {
            problem = $"{where} has no schema object";
            return null;
        }

        var nullable = false;
        string? type = null;
        if (schema.TryGetProperty("type", out var typeElement))
        {
            if (typeElement.ValueKind == JsonValueKind.String)
            {
                type = typeElement.GetString();
            }
            else if (typeElement.ValueKind == JsonValueKind.Array)
            {
                var types = typeElement.EnumerateArray().Select(t => t.GetString()).ToList();
                nullable = types.Remove("null");
                type = types.Count == 1 ? types[0] : null;
            }
        }

        if (schema.TryGetProperty("enum", out var values))
        {
            if (values.ValueKind != JsonValueKind.Array || values.GetArrayLength() == 0
                || values.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.String))
            {
                problem = $"{where} is an enum of values other than strings";
                return null;
            }

            imports.From("typing", "Literal");
            var literal = "Literal[" + string.Join(", ", values.EnumerateArray().Select(v => PythonString.Literal(v.GetString()!))) + "]";
            return nullable ? literal + " | None" : literal;
        }

        string? annotation = type switch
        {
            "string" => "str",
            "integer" => "int",
            "number" => "float",
            "boolean" => "bool",
            "array" => ArrayOf(schema, where, objectClass, imports, out problem),
            "object" when objectClass is not null => objectClass(where, schema),
            _ => null,
        };
        if (annotation is null)
        {
            problem ??= type is null
                ? $"{where} has no single type (combinators such as anyOf, oneOf or $ref cannot be written as a Python type here)"
                : $"{where} is of type {type}, which cannot be written as a Python type here";
            return null;
        }

        return nullable ? annotation + " | None" : annotation;
    }

    private static string? ArrayOf(JsonElement schema, string where, Func<string, JsonElement, string?>? objectClass, PythonImports imports, out string? problem)
    {
        problem = null;
        if (!schema.TryGetProperty("items", out var items))
        {
            problem = $"{where} is an array without an items schema";
            return null;
        }

        var item = Annotation(items, where + " items", objectClass, imports, out problem);
        return item is null ? null : $"list[{item}]";
    }
}
