using System.Text.Json;
using AgentStudio.Core.Designs;

namespace AgentStudio.Core.Exporting.Python;

/// <summary>A parameter of a generated function tool, read from the tool's JSON Schema.</summary>
/// <param name="Name">The parameter's name, which is the argument's name the model sends.</param>
/// <param name="Annotation">Its Python type.</param>
/// <param name="Required">Whether the schema requires it; optional ones default to <c>None</c>.</param>
/// <param name="Description">The schema's description of it, for the docstring's Args section.</param>
internal sealed record PythonParameter(string Name, string Annotation, bool Required, string? Description)
{
    /// <summary>The parameter as written in the signature.</summary>
    public string Declaration => Required
        ? $"{Name}: {Annotation}"
        : $"{Name}: {(Annotation.EndsWith(" | None", StringComparison.Ordinal) ? Annotation : Annotation + " | None")} = None";

    /// <summary>
    /// The parameters of <paramref name="tool"/>'s <paramref name="schema"/>, required ones first, or
    /// <see langword="null"/> after recording a refusal when one cannot be a typed Python parameter.
    /// </summary>
    public static IReadOnlyList<PythonParameter>? Read(PythonExportContext context, ToolDefinition tool, JsonElement? schema)
    {
        if (schema is not { ValueKind: JsonValueKind.Object } root || !root.TryGetProperty("properties", out var properties))
        {
            return [];
        }

        if (properties.ValueKind != JsonValueKind.Object)
        {
            context.Refuse(tool.Id, tool.Name, $"Tool {tool.Name}: its parameters' properties are not an object.");
            return null;
        }

        var required = root.TryGetProperty("required", out var names) && names.ValueKind == JsonValueKind.Array
            ? names.EnumerateArray().Where(n => n.ValueKind == JsonValueKind.String).Select(n => n.GetString()!).ToHashSet(StringComparer.Ordinal)
            : [];
        var parameters = new List<PythonParameter>();
        foreach (var property in properties.EnumerateObject())
        {
            if (!PythonNames.IsIdentifier(property.Name))
            {
                context.Refuse(tool.Id, tool.Name,
                    $"Tool {tool.Name}: parameter '{property.Name}' is not a Python identifier, so it cannot be a parameter of a function tool.");
                return null;
            }

            var annotation = PythonSchemaTypes.Annotation(property.Value, $"parameter {property.Name}", null, context.Imports, out var problem);
            if (annotation is null)
            {
                context.Refuse(tool.Id, tool.Name, $"Tool {tool.Name}: {problem}; a typed function tool cannot take it.");
                return null;
            }

            var description = property.Value.ValueKind == JsonValueKind.Object
                && property.Value.TryGetProperty("description", out var text) && text.ValueKind == JsonValueKind.String
                ? text.GetString()
                : null;
            parameters.Add(new PythonParameter(property.Name, annotation, required.Contains(property.Name), description));
        }

        // Python wants parameters without a default before those with one.
        return [.. parameters.Where(p => p.Required), .. parameters.Where(p => !p.Required)];
    }
}
