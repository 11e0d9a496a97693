using System.Text.Json;
using AgentStudio.Core.Designs;
using AgentStudio.Core.Running.Requests;

namespace AgentStudio.Core.Validation.Rules;

/// <summary>
/// What the Agents SDK's strict mode does with the design's schemas, said before a run: an output schema keyword
/// that OpenAI's strict mode does not take (the SDK sends it and the API refuses it), and a schema that has no strict
/// form (the SDK refuses it when the agent or tool is built).
/// </summary>
internal sealed class StrictModeRules : IDesignRule
{
    public void Check(ValidationContext context)
    {
        for (var i = 0; i < context.Design.Agents.Count; i++)
        {
            var agent = context.Design.Agents[i];
            if (agent.OutputSchema is not { ValueKind: JsonValueKind.Object } schema || JsonSchemaShape.Check(schema, "$").Any())
            {
                continue;
            }

            var path = $"{ValidationContext.AgentPath(i)}.outputSchema";
            foreach (var (where, keyword) in StrictModeKeywords.Find(schema, path))
            {
                context.Warning(ProblemCodes.KeywordNotInStrictMode,
                    $"The output schema of {ValidationContext.Describe(agent)} uses {keyword}, which OpenAI's strict mode does not take: the model API refuses the schema. Remove it, or check the value in instructions.",
                    where, agent.Id);
            }

            if (StrictJsonSchema.TryConvert(schema, out var problem) is null)
            {
                context.Warning(ProblemCodes.NoStrictForm,
                    $"The output schema of {ValidationContext.Describe(agent)} has no strict form ({problem}): the Agents SDK refuses it.", path, agent.Id);
            }
        }

        for (var i = 0; i < context.Design.Tools.Count; i++)
        {
            var tool = context.Design.Tools[i];
            var parameters = DeclaredParameters.Of(tool);
            if (parameters is { ValueKind: JsonValueKind.Object } schema && !JsonSchemaShape.Check(schema, "$").Any() && StrictJsonSchema.TryConvert(schema, out var problem) is null)
            {
                context.Warning(ProblemCodes.NoStrictForm,
                    $"The parameters of tool {tool.Name} ({tool.Id}) have no strict form ({problem}): the Agents SDK refuses them; runs here send them not strict.",
                    $"{ValidationContext.ToolPath(i)}.parameters", tool.Id);
            }
        }
    }
}
