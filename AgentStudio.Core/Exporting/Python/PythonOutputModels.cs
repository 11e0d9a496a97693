using System.Text;
using System.Text.Json;
using AgentStudio.Core.Designs;

namespace AgentStudio.Core.Exporting.Python;

/// <summary>
/// An agent's output schema as Pydantic models, the <c>output_type</c> a person gives an SDK agent: one class per
/// object (nested objects first), required fields plain, optional ones defaulting to <c>None</c>, descriptions and
/// bounds as <c>Field(...)</c> arguments.
/// </summary>
internal static class PythonOutputModels
{
    private static readonly (string Keyword, string Argument)[] Bounds =
    [
        ("minimum", "ge"), ("maximum", "le"), ("exclusiveMinimum", "gt"), ("exclusiveMaximum", "lt"),
        ("minLength", "min_length"), ("maxLength", "max_length"), ("minItems", "min_length"), ("maxItems", "max_length"),
    ];

    /// <summary>The name of the root model class (its classes added to the module), or <see langword="null"/> after a refusal.</summary>
    public static string? Write(PythonExportContext context, AgentDefinition agent, JsonElement schema)
    {
        var title = schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("title", out var t) && t.ValueKind == JsonValueKind.String
            ? t.GetString()!
            : (agent.Name.EndsWith("Agent", StringComparison.Ordinal) && agent.Name.Length > 5 ? agent.Name[..^5] : agent.Name) + " output";
        var classes = new List<string>();
        string? problem = null;
        var root = ClassFor(context, context.Names.Pascal(title), schema, "the output schema", classes, ref problem);
        if (root is null)
        {
            context.Refuse(agent.Id, agent.Name, $"Agent {agent.Name}: {problem}.");
            return null;
        }

        context.Imports.From("pydantic", "BaseModel");
        context.Definitions.AddRange(classes);
        return root;
    }

    private static string? ClassFor(PythonExportContext context, string name, JsonElement schema, string where, List<string> classes, ref string? problem)
    {
        if (schema.ValueKind != JsonValueKind.Object
            || !schema.TryGetProperty("properties", out var properties)
            || properties.ValueKind != JsonValueKind.Object)
        {
            problem = $"{where} is not an object with properties, which is what a Pydantic output type holds";
            return null;
        }

        var required = schema.TryGetProperty("required", out var names) && names.ValueKind == JsonValueKind.Array
            ? names.EnumerateArray().Where(n => n.ValueKind == JsonValueKind.String).Select(n => n.GetString()!).ToHashSet(StringComparer.Ordinal)
            : [];
        var body = new StringBuilder();
        foreach (var property in properties.EnumerateObject())
        {
            string? nested = null;
            var path = $"{where}: property {property.Name}";
            var annotation = PythonSchemaTypes.Annotation(property.Value, path, (inner, objectSchema) =>
            {
                var className = context.Names.Pascal(property.Name);
                string? innerProblem = null;
                var result = ClassFor(context, className, objectSchema, inner, classes, ref innerProblem);
                nested = innerProblem;
                return result;
            }, context.Imports, out var typeProblem);
            if (annotation is null)
            {
                problem = nested ?? typeProblem;
                return null;
            }

            var field = PythonNames.IsAttribute(property.Name) ? property.Name : PythonNames.AttributeFor(property.Name);
            var arguments = new List<string>();
            var isRequired = required.Contains(property.Name);
            if (!isRequired)
            {
                annotation = annotation.EndsWith(" | None", StringComparison.Ordinal) ? annotation : annotation + " | None";
                arguments.Add("default=None");
            }

            if (field != property.Name)
            {
                arguments.Add("alias=" + PythonString.Literal(property.Name));
            }

            foreach (var (keyword, argument) in Bounds)
            {
                if (property.Value.TryGetProperty(keyword, out var bound) && bound.ValueKind == JsonValueKind.Number)
                {
                    arguments.Add($"{argument}={bound.GetRawText()}");
                }
            }

            if (property.Value.TryGetProperty("description", out var description) && description.ValueKind == JsonValueKind.String)
            {
                arguments.Add(PythonCode.KeywordString("description", description.GetString()!, 8));
            }

            var declaration = $"{field}: {annotation}";
            body.Append(PythonCode.Indent);
            if (arguments is ["default=None"])
            {
                body.Append(declaration).Append(" = None\n");
            }
            else if (arguments.Count == 0)
            {
                body.Append(declaration).Append('\n');
            }
            else
            {
                context.Imports.From("pydantic", "Field");
                body.Append(PythonCode.Call(declaration + " = Field", arguments, PythonCode.Indent.Length)).Append('\n');
            }
        }

        if (body.Length == 0)
        {
            body.Append(PythonCode.Indent).Append("pass\n");
        }

        classes.Add($"class {name}(BaseModel):\n{body}");
        return name;
    }
}
