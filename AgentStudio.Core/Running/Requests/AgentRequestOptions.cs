using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using AgentStudio.Core.Running.Compilation;
using AgentStudio.Core.Running.Models;
using AgentStudio.Core.Running.Tools;
using Microsoft.Extensions.AI;

namespace AgentStudio.Core.Running.Requests;

/// <summary>
/// The options of an agent's model call, shaped as the Agents SDK's Chat Completions model shapes its request
/// (<c>openai_chatcompletions.py</c>, <c>chatcmpl_converter.py</c>): function tools, agents as tools and handoffs
/// with strict parameter schemas, no tool choice unless the agent sets one, the output schema in strict form under
/// the name <c>final_output</c>. Built once, above the model, so simulated, scripted and real models see the same.
/// </summary>
internal static class AgentRequestOptions
{
    /// <summary>The name the SDK gives every structured output's response format.</summary>
    public const string OutputSchemaName = "final_output";

    // Tools live for a compiled design (MCP tools for a run); their strict schemas are worked out once each.
    private static readonly ConditionalWeakTable<IAgentTool, ModelFunction> Functions = new();
    private static readonly ConditionalWeakTable<CompiledAgent, StrictOutput> OutputSchemas = new();
    private static readonly JsonElement EmptyStrictSchema = ToolSchemas.Parse(StrictJsonSchema.Empty().ToJsonString());

    private sealed record StrictOutput(JsonElement Schema, bool Strict);

    public static AgentChatOptions Build(CompiledAgent agent, IReadOnlyList<IAgentTool> agentTools, bool toolChoiceReset)
    {
        var settings = agent.Definition.ModelSettings;
        var tools = new List<AITool>(agentTools.Count + agent.Handoffs.Count);
        tools.AddRange(agentTools.Select(t => Functions.GetValue(t, Function)));
        tools.AddRange(agent.Handoffs.Select(Handoff));

        var options = new AgentChatOptions(agent.Name)
        {
            // No ModelId: the provider's client already knows its model, and for Azure the deployment, which
            // a ModelId here would override.
            Temperature = (float?)settings?.Temperature,
            TopP = (float?)settings?.TopP,
            MaxOutputTokens = settings?.MaxOutputTokens,
            Tools = tools.Count > 0 ? tools : null,
            AllowMultipleToolCalls = tools.Count > 0 ? settings?.ParallelToolCalls : null,
            // After an agent has used a tool its tool choice is no longer forced (the SDK's reset_tool_choice), so
            // "required" cannot loop forever; like the SDK, no tool choice is then sent at all.
            ToolMode = tools.Count > 0 && !toolChoiceReset ? ToolMode(settings?.ToolChoice) : null,
        };
        if (agent.OutputSchema is { } schema)
        {
            var output = OutputSchemas.GetValue(agent, _ => StrictOutputOf(schema));
            options.ResponseFormat = ChatResponseFormat.ForJsonSchema(output.Schema, OutputSchemaName);
            // Microsoft.Extensions.AI's key for a strict response format.
            options.AdditionalProperties = new AdditionalPropertiesDictionary { [ModelFunction.StrictKey] = output.Strict };
        }

        return options;
    }

    /// <summary>
    /// A tool as the SDK offers it. A design tool's schema goes in strict form (<c>FunctionTool</c> converts it);
    /// one that cannot be made strict goes as written, not strict (the designer warns about it). An MCP tool goes
    /// as its server describes it, not strict, with <c>properties</c> added when missing (the SDK's MCP default).
    /// </summary>
    public static ModelFunction Function(IAgentTool tool)
    {
        if (!tool.StrictSchema)
        {
            var schema = JsonNode.Parse(tool.ParametersSchema.GetRawText()) as JsonObject ?? [];
            if (!schema.ContainsKey("properties"))
            {
                schema["properties"] = new JsonObject();
            }

            return new ModelFunction(tool.Name, tool.Description, ToolSchemas.Parse(schema.ToJsonString()), strict: false);
        }

        return StrictJsonSchema.TryConvert(tool.ParametersSchema, out _) is { } strict
            ? new ModelFunction(tool.Name, tool.Description, ToolSchemas.Parse(strict.ToJsonString()), strict: true)
            : new ModelFunction(tool.Name, tool.Description, tool.ParametersSchema, strict: false);
    }

    /// <summary>A handoff as the SDK offers it: no arguments, the strict empty object schema, strict.</summary>
    public static ModelFunction Handoff(HandoffRoute route) => new(route.ToolName, route.Description, EmptyStrictSchema, strict: true);

    private static StrictOutput StrictOutputOf(JsonElement schema) =>
        StrictJsonSchema.TryConvert(schema, out _) is { } strict
            ? new StrictOutput(ToolSchemas.Parse(strict.ToJsonString()), true)
            : new StrictOutput(schema, false);

    private static ChatToolMode? ToolMode(string? toolChoice) => toolChoice switch
    {
        null or "" => null,
        "auto" => ChatToolMode.Auto,
        "required" => ChatToolMode.RequireAny,
        "none" => ChatToolMode.None,
        _ => ChatToolMode.RequireSpecific(toolChoice),
    };
}
