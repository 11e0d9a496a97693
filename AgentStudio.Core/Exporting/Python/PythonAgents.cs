using AgentStudio.Core.Designs;
using AgentStudio.Core.Running;

namespace AgentStudio.Core.Exporting.Python;

/// <summary>
/// Writes one <c>Agent(...)</c> per design agent with its settings, tools (function tools, agents as tools) and
/// handoffs, as the SDK's own examples do; edges that close a handoff cycle are appended once both agents exist.
/// </summary>
internal static class PythonAgents
{
    private const int ArgumentColumn = 4;
    private const int ItemColumn = 8;

    /// <summary>The agents' blocks, then the block adding deferred edges (if any).</summary>
    public static IReadOnlyList<string> Write(PythonExportContext context)
    {
        var design = context.Design;
        var (agents, deferred) = PythonAgentOrder.Of(design);
        foreach (var agent in design.Agents)
        {
            context.AgentVariables[agent.Id] = context.Names.Snake(agent.Name, "_agent");
        }

        context.Imports.From("agents", "Agent");
        var blocks = new List<string>();
        foreach (var agent in agents)
        {
            var block = Agent(context, agent, deferred);
            if (block is not null)
            {
                blocks.Add(block);
            }
        }

        var later = design.Edges.Where(e => deferred.Contains(e.Id)).ToList();
        if (later.Count > 0)
        {
            var code = new System.Text.StringBuilder("# These edges lead back to agents defined earlier, so they are added once both exist.\n");
            foreach (var edge in later)
            {
                var list = edge is HandoffEdge ? "handoffs" : "tools";
                var item = edge is HandoffEdge handoff ? Handoff(context, handoff, ArgumentColumn) : AgentTool(context, (ToolEdge)edge, ArgumentColumn);
                code.Append(PythonCode.Call($"{context.AgentVariables[edge.From]}.{list}.append", [item], 0)).Append('\n');
            }

            blocks.Add(code.ToString());
        }

        return blocks;
    }

    private static string? Agent(PythonExportContext context, AgentDefinition agent, IReadOnlySet<string> deferred)
    {
        var arguments = new List<string> { PythonCode.KeywordString("name", agent.Name, ArgumentColumn) };
        var comment = "";
        if (agent.Instructions is not null)
        {
            arguments.Add(PythonCode.KeywordString("instructions", agent.Instructions, ArgumentColumn));
        }

        if (agent.HandoffDescription is not null)
        {
            arguments.Add(PythonCode.KeywordString("handoff_description", agent.HandoffDescription, ArgumentColumn));
        }

        if (agent.Model is ModelNames.Simulated or ModelNames.Scripted)
        {
            comment = $"# In AgentStudio {ExportHeader.CommentText(agent.Name)} runs on the {agent.Model} model; here the SDK's default model answers.\n";
        }
        else if (agent.Model is not null)
        {
            arguments.Add(PythonCode.KeywordString("model", agent.Model, ArgumentColumn));
        }

        if (ModelSettings(context, agent.ModelSettings) is { } settings)
        {
            arguments.Add(settings);
        }

        if (agent.OutputSchema is { ValueKind: not System.Text.Json.JsonValueKind.Null } schema)
        {
            var model = PythonOutputModels.Write(context, agent, schema);
            if (model is null)
            {
                return null;
            }

            arguments.Add("output_type=" + model);
        }

        if (agent.ToolUseBehavior == ToolUseBehavior.StopOnFirstTool)
        {
            arguments.Add("tool_use_behavior=\"stop_on_first_tool\"");
        }

        var tools = new List<string>();
        var handoffs = new List<string>();
        var servers = new List<string>();
        foreach (var edge in context.Design.Edges.Where(e => e.From == agent.Id && !deferred.Contains(e.Id)))
        {
            switch (edge)
            {
                case HandoffEdge handoff:
                    handoffs.Add(Handoff(context, handoff, ItemColumn));
                    break;
                case ToolEdge toolEdge when context.AgentVariables.ContainsKey(toolEdge.To):
                    tools.Add(AgentTool(context, toolEdge, ItemColumn));
                    break;
                case ToolEdge toolEdge when context.Design.FindTool(toolEdge.To) is McpTool:
                    servers.Add(context.ToolVariables[toolEdge.To]);
                    break;
                case ToolEdge toolEdge:
                    tools.Add(FunctionTool(context, toolEdge));
                    break;
            }
        }

        AddList(arguments, "tools", tools);
        AddList(arguments, "handoffs", handoffs);
        AddList(arguments, "mcp_servers", servers);
        return comment + PythonCode.Call($"{context.AgentVariables[agent.Id]} = Agent", arguments, 0, explode: true) + "\n";
    }

    private static void AddList(List<string> arguments, string name, List<string> items)
    {
        if (items.Count > 0)
        {
            arguments.Add(PythonCode.List(items, ArgumentColumn, 1, name + "="));
        }
    }

    private static string? ModelSettings(PythonExportContext context, Designs.ModelSettings? settings)
    {
        if (settings is null)
        {
            return null;
        }

        var arguments = new List<string>();
        if (settings.Temperature is { } temperature)
        {
            arguments.Add("temperature=" + PythonCode.Float(temperature));
        }

        if (settings.TopP is { } topP)
        {
            arguments.Add("top_p=" + PythonCode.Float(topP));
        }

        if (settings.MaxOutputTokens is { } maxTokens)
        {
            arguments.Add("max_tokens=" + maxTokens.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (settings.ParallelToolCalls is { } parallel)
        {
            arguments.Add("parallel_tool_calls=" + PythonCode.Bool(parallel));
        }

        if (settings.ToolChoice is { } toolChoice)
        {
            arguments.Add(PythonCode.KeywordString("tool_choice", toolChoice, ItemColumn));
        }

        if (arguments.Count == 0)
        {
            return null;
        }

        context.Imports.From("agents", "ModelSettings");
        return PythonCode.Call("model_settings=ModelSettings", arguments, ArgumentColumn, 1);
    }

    // The SDK's handoff() takes the edge's overrides; a plain edge is just the agent.
    private static string Handoff(PythonExportContext context, HandoffEdge edge, int column)
    {
        var target = context.AgentVariables[edge.To];
        var arguments = new List<string> { target };
        if (!string.IsNullOrWhiteSpace(edge.ToolName))
        {
            arguments.Add(PythonCode.KeywordString("tool_name_override", edge.ToolName, column + 4));
        }

        if (!string.IsNullOrWhiteSpace(edge.Description))
        {
            arguments.Add(PythonCode.KeywordString("tool_description_override", edge.Description, column + 4));
        }

        if (edge.HistoryFilter == HistoryFilter.NoTools)
        {
            context.Imports.From("agents.extensions", "handoff_filters");
            arguments.Add("input_filter=handoff_filters.remove_all_tools");
        }

        if (arguments.Count == 1)
        {
            return target;
        }

        context.Imports.From("agents", "handoff");
        return PythonCode.Call("handoff", arguments, column, 1);
    }

    private static string AgentTool(PythonExportContext context, ToolEdge edge, int column)
    {
        var target = context.Design.FindAgent(edge.To)!;
        return PythonCode.Call($"{context.AgentVariables[edge.To]}.as_tool", [
            PythonCode.KeywordString("tool_name", ToolNaming.EffectiveName(edge, target.Name, targetIsAgent: true), column + 4),
            // The studio, like the SDK, sends an empty description when the edge gives none.
            PythonCode.KeywordString("tool_description", edge.Description ?? "", column + 4),
        ], column, 1);
    }

    private static string FunctionTool(PythonExportContext context, ToolEdge edge)
    {
        var variable = context.ToolVariables[edge.To];
        var arguments = new List<string> { variable };
        if (!string.IsNullOrWhiteSpace(edge.ToolName))
        {
            arguments.Add(PythonCode.KeywordString("name", edge.ToolName, ItemColumn + 4));
        }

        if (!string.IsNullOrWhiteSpace(edge.Description))
        {
            arguments.Add(PythonCode.KeywordString("description", edge.Description, ItemColumn + 4));
        }

        if (arguments.Count == 1)
        {
            return variable;
        }

        // A FunctionTool is a dataclass: the edge offers a copy under its own name and description.
        context.Imports.From("dataclasses", "replace");
        return PythonCode.Call("replace", arguments, ItemColumn, 1);
    }
}
