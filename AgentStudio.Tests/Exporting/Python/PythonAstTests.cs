using System.Text.Json;
using AgentStudio.Core.Designs;
using AgentStudio.Core.Running.Tools.Builtin;
using AgentStudio.Tests.Support;

namespace AgentStudio.Tests.Exporting.Python;

/// <summary>
/// Reads the exported agents_app.py with Python's own parser (ast_inventory.py beside this file) and checks that every
/// agent, tool, edge, output-schema field and model setting of the design is in it, with its text unchanged.
/// </summary>
public sealed class PythonAstTests
{
    [Theory]
    [MemberData(nameof(PythonExportCases.Ids), MemberType = typeof(PythonExportCases))]
    public async Task EveryAgentToolEdgeFieldAndSetting_AppearsInTheCode(string id)
    {
        var design = PythonExportCases.Load(id);
        using var inventory = await InventoryAsync(PythonExportCases.Export(design));
        var root = inventory.RootElement;
        var agents = root.GetProperty("agents").EnumerateArray().ToList();
        var variables = agents.ToDictionary(a => a.GetProperty("variable").GetString()!, a => a.GetProperty("name").GetString()!);
        Assert.Equal(design.Agents.Select(a => a.Name).Order(StringComparer.Ordinal), agents.Select(a => a.GetProperty("name").GetString()!).Order(StringComparer.Ordinal));

        foreach (var agent in design.Agents)
        {
            var code = agents.Single(a => a.GetProperty("name").GetString() == agent.Name);
            Assert.Equal(agent.Instructions, Text(code, "instructions"));
            Assert.Equal(agent.HandoffDescription, Text(code, "handoff_description"));
            Assert.Equal(agent.Model, Text(code, "model"));
            Assert.Equal(agent.ToolUseBehavior == ToolUseBehavior.StopOnFirstTool ? "stop_on_first_tool" : null, Text(code, "tool_use_behavior"));
            AssertSettings(agent.ModelSettings, code.GetProperty("model_settings"));
            if (agent.OutputSchema is { } schema)
            {
                var fields = root.GetProperty("classes").GetProperty(code.GetProperty("output_type").GetString()!);
                foreach (var property in schema.GetProperty("properties").EnumerateObject())
                {
                    Assert.True(fields.TryGetProperty(property.Name, out _), $"{agent.Name}'s output type lacks {property.Name}");
                }
            }

            var tools = code.GetProperty("tools").EnumerateArray().ToList();
            var handoffs = code.GetProperty("handoffs").EnumerateArray().ToList();
            foreach (var appended in root.GetProperty("appended").EnumerateArray().Where(a => variables[a.GetProperty("agent").GetString()!] == agent.Name))
            {
                if (appended.GetProperty("handoff").ValueKind == JsonValueKind.Object)
                {
                    handoffs.Add(appended.GetProperty("handoff"));
                }
                else
                {
                    tools.Add(appended.GetProperty("tool"));
                }
            }

            foreach (var edge in design.Edges.Where(e => e.From == agent.Id))
            {
                AssertEdge(design, root, variables, edge, tools, handoffs, code);
            }
        }
    }

    private static void AssertEdge(DesignDocument design, JsonElement root, Dictionary<string, string> variables, DesignEdge edge, List<JsonElement> tools, List<JsonElement> handoffs, JsonElement agent)
    {
        var targetAgent = design.FindAgent(edge.To);
        switch (edge)
        {
            case HandoffEdge handoff:
                var written = Assert.Single(handoffs, h => variables[h.GetProperty("target").GetString()!] == targetAgent!.Name);
                Assert.Equal(string.IsNullOrWhiteSpace(handoff.ToolName) ? null : handoff.ToolName, Text(written, "tool_name_override"));
                Assert.Equal(string.IsNullOrWhiteSpace(handoff.Description) ? null : handoff.Description, Text(written, "tool_description_override"));
                Assert.Equal(handoff.HistoryFilter == HistoryFilter.NoTools ? "handoff_filters.remove_all_tools" : null, Text(written, "input_filter"));
                break;
            case ToolEdge when targetAgent is not null:
                var asTool = Assert.Single(tools, t => t.GetProperty("kind").GetString() == "agent" && variables[t.GetProperty("agent").GetString()!] == targetAgent.Name);
                Assert.Equal(ToolNaming.EffectiveName(edge, targetAgent.Name, targetIsAgent: true), Text(asTool, "name"));
                Assert.Equal(edge.Description ?? "", Text(asTool, "description"));
                break;
            case ToolEdge when design.FindTool(edge.To) is McpTool mcp:
                var server = Assert.Single(root.GetProperty("mcp_servers").EnumerateArray(), s => s.GetProperty("name").GetString() == mcp.Name);
                Assert.Contains(server.GetProperty("variable").GetString(), agent.GetProperty("mcp_servers").EnumerateArray().Select(s => s.GetString()));
                Assert.Equal(mcp.Command is null ? "MCPServerStreamableHttp" : "MCPServerStdio", server.GetProperty("class").GetString());
                var allowed = server.GetProperty("allowed_tool_names");
                Assert.Equal(mcp.AllowedTools ?? [], allowed.ValueKind == JsonValueKind.Null ? [] : allowed.EnumerateArray().Select(a => a.GetString()!).ToList());
                break;
            case ToolEdge:
                var tool = design.FindTool(edge.To)!;
                var function = Assert.Single(root.GetProperty("function_tools").EnumerateArray(), f => f.GetProperty("name").GetString() == tool.Name);
                var offered = Assert.Single(tools, t => t.GetProperty("kind").GetString() == "function" && t.GetProperty("function").GetString() == function.GetProperty("function").GetString());
                Assert.Equal(string.IsNullOrWhiteSpace(edge.ToolName) ? null : edge.ToolName, Text(offered, "name"));
                Assert.Equal(string.IsNullOrWhiteSpace(edge.Description) ? null : edge.Description, Text(offered, "description"));
                var builtin = tool is BuiltinTool b ? BuiltinTools.Create(b) : null;
                Assert.Equal(builtin?.Description ?? tool.Description, Text(function, "description"));
                var parameters = (builtin?.ParametersSchema ?? (tool as MockTool)?.Parameters ?? (tool as HttpTool)?.Parameters) is { } schema
                    && schema.TryGetProperty("properties", out var properties)
                    ? properties.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToList()
                    : [];
                Assert.Equal(parameters, function.GetProperty("parameters").EnumerateArray().Select(p => p.GetString()!).Order(StringComparer.Ordinal));
                break;
        }
    }

    private static void AssertSettings(ModelSettings? settings, JsonElement code)
    {
        Assert.Equal(settings?.Temperature, code.TryGetProperty("temperature", out var t) ? t.GetDouble() : null);
        Assert.Equal(settings?.TopP, code.TryGetProperty("top_p", out var p) ? p.GetDouble() : null);
        Assert.Equal(settings?.MaxOutputTokens, code.TryGetProperty("max_tokens", out var m) ? m.GetInt32() : null);
        Assert.Equal(settings?.ParallelToolCalls, code.TryGetProperty("parallel_tool_calls", out var c) ? c.GetBoolean() : null);
        Assert.Equal(settings?.ToolChoice, code.TryGetProperty("tool_choice", out var h) ? h.GetString() : null);
    }

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static async Task<JsonDocument> InventoryAsync(global::AgentStudio.Core.Exporting.CodeExport export)
    {
        using var folder = new TemporaryFolder("agentstudio-python");
        PythonExportCases.WriteTo(export, folder.Path);
        var script = Path.Combine(PythonExportCases.Folder, "ast_inventory.py");
        var (exitCode, output, errors) = await Python3.RunAsync(folder.Path, [script, "agents_app.py"], TestContext.Current.CancellationToken);
        Assert.True(exitCode == 0, errors);
        return JsonDocument.Parse(output);
    }
}
