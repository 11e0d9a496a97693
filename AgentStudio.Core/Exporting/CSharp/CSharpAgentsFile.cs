using System.Text.Json;
using AgentStudio.Core.Designs;

namespace AgentStudio.Core.Exporting.CSharp;

/// <summary>
/// Writes <c>Agents.cs</c>: one <c>ChatClientAgent</c> per agent (instructions, name, description, model settings,
/// structured output, tools), agents as tools through <c>AsAIFunction</c>, and the handoff workflow.
/// </summary>
internal static class CSharpAgentsFile
{
    public static GeneratedFile Write(CSharpPlan plan)
    {
        var w = new CSharpWriter();
        w.Comment(ExportHeader.Lines(plan.Source)).Line();
        if (plan.Design.Agents.Any(a => a.OutputSchema is not null))
        {
            w.Line("using System.Text.Json;");
        }

        w.Line("using Microsoft.Agents.AI;");
        if (plan.UsesWorkflow)
        {
            w.Line("using Microsoft.Agents.AI.Workflows;");
        }

        w.Line("using Microsoft.Extensions.AI;").Line();
        w.Line($"namespace {plan.ProjectName};").Line();
        foreach (var note in plan.Design.Notes.Where(n => !string.IsNullOrWhiteSpace(n.Text)))
        {
            w.Comment(CommentText.Wrap("Note: " + note.Text, 116)).Line();
        }

        w.Line($"/// <summary>The agents of the design, each built on the chat client of its model.</summary>");
        w.Line($"internal sealed class {plan.AgentsClass}");
        w.Open();
        w.Line(plan.UsesMcp ? $"public {plan.AgentsClass}(ModelClients models, McpServers mcp)" : $"public {plan.AgentsClass}(ModelClients models)");
        w.Open();
        for (var i = 0; i < plan.AgentsInBuildOrder.Count; i++)
        {
            if (i > 0)
            {
                w.Line();
            }

            WriteAgent(w, plan, plan.AgentsInBuildOrder[i]);
        }

        w.Close();
        foreach (var agent in plan.Design.Agents)
        {
            w.Line();
            w.Line($"/// <summary>The agent {XmlText(CommentText.SingleLine(agent.Name))}.</summary>");
            w.Line($"public ChatClientAgent {plan.AgentProperties[agent.Id]} {{ get; }}");
        }

        w.Line();
        w.Line("/// <summary>The agent a run starts with.</summary>");
        w.Line($"public ChatClientAgent Entry => {plan.AgentProperties[plan.Entry.Id]};");
        if (plan.Design.Agents.Any(a => a.ToolUseBehavior == ToolUseBehavior.StopOnFirstTool))
        {
            w.Line();
            w.Comment([
                "The Agents SDK's stop_on_first_tool: once the agent's tools have run, the first tool's output is the final",
                "output and the model is not called again. Agent Framework ends the tool loop when a function sets Terminate;",
                "of several calls in one answer it runs only the first, where the Agents SDK runs them all.",
            ]);
            w.Line("private static void StopOnFirstTool(FunctionInvokingChatClient functions) =>");
            w.Indent();
            w.Line("functions.FunctionInvoker = async (context, cancellationToken) =>");
            w.Open();
            w.Line("var result = await context.Function.InvokeAsync(context.Arguments, cancellationToken);");
            w.Line("context.Terminate = true;");
            w.Line("return result;");
            w.Close("};");
            w.Dedent();
        }
        if (plan.UsesWorkflow)
        {
            w.Line();
            WriteWorkflow(w, plan);
        }

        w.Close();
        return new GeneratedFile("Agents.cs", w.ToString(), "csharp");
    }

    private static void WriteAgent(CSharpWriter w, CSharpPlan plan, AgentDefinition agent)
    {
        var model = agent.Model is null ? "models.Default" : $"models.Get({CSharpLiterals.String(agent.Model)})";
        w.Line($"{plan.AgentProperties[agent.Id]} = new ChatClientAgent(").Indent();
        if (agent.ToolUseBehavior == ToolUseBehavior.StopOnFirstTool)
        {
            // The agent gets its own function-invoking client; ChatClientAgent then adds none of its own.
            w.Line("// stop_on_first_tool: the agent's first tool output ends its run (see StopOnFirstTool).");
            w.Line(model + ".AsBuilder().UseFunctionInvocation(configure: StopOnFirstTool).Build(),");
        }
        else
        {
            w.Line(model + ",");
        }

        w.Line("new ChatClientAgentOptions");
        w.Open();
        w.Line($"Id = {CSharpLiterals.String(agent.Id)},");
        w.Line($"Name = {CSharpLiterals.String(agent.Name)},");
        if (agent.HandoffDescription is not null)
        {
            w.Line($"Description = {CSharpLiterals.String(agent.HandoffDescription)},");
        }

        w.Line("ChatOptions = new ChatOptions");
        w.Open();
        if (agent.Instructions is not null)
        {
            WriteString(w, "Instructions = ", agent.Instructions, ",");
        }

        WriteSettings(w, agent.ModelSettings);
        if (agent.OutputSchema is { } schema)
        {
            // The Agents SDK names the schema final_output; the model sees the same name here.
            w.Line("ResponseFormat = ChatResponseFormat.ForJsonSchema(").Indent();
            w.Line("JsonElement.Parse(").Indent();
            WriteRaw(w, CSharpSchemaText.Write(schema), "),");
            w.Dedent().Line("\"final_output\"),").Dedent();
        }

        WriteTools(w, plan, agent);
        w.Close("},");
        w.Close("});").Dedent();
    }

    private static void WriteSettings(CSharpWriter w, ModelSettings? settings)
    {
        if (settings is null)
        {
            return;
        }

        if (settings.Temperature is { } temperature)
        {
            w.Line($"Temperature = {CSharpLiterals.Float(temperature)},");
        }

        if (settings.TopP is { } topP)
        {
            w.Line($"TopP = {CSharpLiterals.Float(topP)},");
        }

        if (settings.MaxOutputTokens is { } maxTokens)
        {
            w.Line($"MaxOutputTokens = {CSharpLiterals.Int(maxTokens)},");
        }

        if (settings.ParallelToolCalls is { } parallel)
        {
            w.Line($"AllowMultipleToolCalls = {(parallel ? "true" : "false")},");
        }

        if (settings.ToolChoice is { } choice)
        {
            // The Agents SDK stops forcing a tool choice once the agent has used a tool; Agent Framework sends it on every call.
            w.Line("// Agent Framework sends this tool choice on every call of the agent; the Agents SDK stops forcing it once a tool has run.");
            w.Line("ToolMode = " + choice switch
            {
                "auto" => "ChatToolMode.Auto",
                "required" => "ChatToolMode.RequireAny",
                "none" => "ChatToolMode.None",
                _ => $"ChatToolMode.RequireSpecific({CSharpLiterals.String(choice)})",
            } + ",");
        }
    }

    private static void WriteTools(CSharpWriter w, CSharpPlan plan, AgentDefinition agent)
    {
        var edges = plan.Design.Edges.OfType<ToolEdge>().Where(e => e.From == agent.Id).ToList();
        if (edges.Count == 0)
        {
            return;
        }

        w.Line("Tools =");
        w.Open("[");
        foreach (var edge in edges)
        {
            if (plan.Design.FindAgent(edge.To) is { } callee)
            {
                var name = ToolNaming.EffectiveName(edge, callee.Name, targetIsAgent: true);
                w.Line("// As a tool, the agent starts with no history and gets the model's \"query\" argument (the Agents SDK's \"input\"); its answer comes back as a JSON string.");
                w.Line($"{plan.AgentProperties[callee.Id]}.AsAIFunction(new AIFunctionFactoryOptions");
                w.Open();
                w.Line($"Name = {CSharpLiterals.String(name)},");
                // The SDK sends an empty description when the edge gives none.
                w.Line($"Description = {CSharpLiterals.String(edge.Description ?? "")},");
                w.Close("}),");
            }
            else if (plan.Design.FindTool(edge.To) is McpTool server)
            {
                // An MCP server's tools keep their own names: the studio does not rename them on the edge either.
                w.Line($".. mcp.{plan.McpProperties[server.Id]},");
            }
            else if (plan.Design.FindTool(edge.To) is { } tool)
            {
                var method = plan.ToolMethods[tool.Id];
                var renamed = !string.IsNullOrWhiteSpace(edge.ToolName) || !string.IsNullOrWhiteSpace(edge.Description);
                w.Line(renamed
                    ? $"FunctionTools.{method}({CSharpLiterals.String(string.IsNullOrWhiteSpace(edge.ToolName) ? tool.Name : edge.ToolName)}, {CSharpLiterals.String(string.IsNullOrWhiteSpace(edge.Description) ? Description(tool) : edge.Description)}),"
                    : $"FunctionTools.{method}(),");
            }
        }

        w.Close("],");
    }

    // The description a tool is offered with when the edge keeps it: a built-in's falls back to the built-in's own.
    private static string Description(ToolDefinition tool) => tool is BuiltinTool builtin
        ? Running.Tools.Builtin.BuiltinTools.Create(builtin).Description
        : tool.Description ?? "";

    private static void WriteWorkflow(CSharpWriter w, CSharpPlan plan)
    {
        var entry = plan.AgentProperties[plan.Entry.Id];
        w.Line($"/// <summary>The handoff workflow: a run starts with {entry}, and each agent may hand the conversation on.</summary>");
        w.Line("public Workflow BuildWorkflow()");
        w.Open();
        w.Comment([
            "Agent Framework offers each agent its handoffs as tools named handoff_to_1, handoff_to_2, … (the Agents SDK",
            "names them transfer_to_<agent>), with the design's descriptions, and turns parallel tool calls off for an",
            "agent that has handoffs. The target sees the conversation without the handoff call and its output, and the",
            "other agents' answers as user messages; the Agents SDK passes both on as they are.",
        ]);
        w.Line($"return AgentWorkflowBuilder.CreateHandoffBuilderWith({entry})");
        foreach (var edge in plan.Handoffs)
        {
            var target = plan.Design.FindAgent(edge.To)!;
            var description = ToolNaming.HandoffDescription(edge, target);
            if (!string.IsNullOrWhiteSpace(edge.ToolName))
            {
                w.Line($"    // The design names this handoff {CommentText.SingleLine(edge.ToolName)}; Agent Framework names it handoff_to_<n>.");
            }

            w.Line($"    .WithHandoff({plan.AgentProperties[edge.From]}, {plan.AgentProperties[edge.To]}, {CSharpLiterals.String(description)})");
        }

        if (plan.Handoffs.All(h => h.HistoryFilter == HistoryFilter.NoTools))
        {
            w.Line("    // no_tools: every tool call and output is removed from what the next agent sees.");
            w.Line("    .WithToolCallFilteringBehavior(HandoffToolCallFilteringBehavior.All)");
        }

        w.Line("    .Build();");
        w.Close();
    }

    private static void WriteString(CSharpWriter w, string prefix, string value, string suffix)
    {
        if (!CSharpLiterals.FitsRawLiteral(value))
        {
            w.Line(prefix + CSharpLiterals.String(value) + suffix);
            return;
        }

        w.Line(prefix.TrimEnd()).Indent();
        WriteRaw(w, value, suffix);
        w.Dedent();
    }

    private static void WriteRaw(CSharpWriter w, string value, string suffix)
    {
        var lines = CSharpLiterals.RawLines(value);
        for (var i = 0; i < lines.Count; i++)
        {
            w.Line(i == lines.Count - 1 ? lines[i] + suffix : lines[i]);
        }
    }

    private static string XmlText(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
