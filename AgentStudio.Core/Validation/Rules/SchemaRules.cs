using System.Text.Json;
using AgentStudio.Core.Designs;

namespace AgentStudio.Core.Validation.Rules;

/// <summary>Output schemas and tool parameter schemas must be JSON Schema objects the model APIs accept.</summary>
internal sealed class SchemaRules : IDesignRule
{
    public void Check(ValidationContext context)
    {
        for (var i = 0; i < context.Design.Agents.Count; i++)
        {
            var agent = context.Design.Agents[i];
            if (agent.OutputSchema is { } schema)
            {
                var path = $"{ValidationContext.AgentPath(i)}.outputSchema";
                foreach (var (where, message) in JsonSchemaShape.Check(schema, path))
                {
                    context.Error(ProblemCodes.InvalidOutputSchema, $"The output schema of {ValidationContext.Describe(agent)} is not a valid JSON Schema: {message}", where, agent.Id);
                }
            }
        }

        for (var i = 0; i < context.Design.Tools.Count; i++)
        {
            var tool = context.Design.Tools[i];
            var parameters = DeclaredParameters.Of(tool);
            if (parameters is not { } schema)
            {
                continue;
            }

            var path = $"{ValidationContext.ToolPath(i)}.parameters";
            var problems = JsonSchemaShape.Check(schema, path).ToList();
            if (problems.Count == 0 && schema.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() != "object")
            {
                problems.Add((path + ".type", $"function parameters must be an object schema (\"type\": \"object\"), not \"{type.GetString()}\"."));
            }

            foreach (var (where, message) in problems)
            {
                context.Error(ProblemCodes.InvalidParametersSchema, $"The parameters of tool {tool.Name} ({tool.Id}) are not a valid JSON Schema: {message}", where, tool.Id);
            }
        }
    }
}
