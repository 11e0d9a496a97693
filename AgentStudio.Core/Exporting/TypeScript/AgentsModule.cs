using System.Text;
using System.Text.Json;
using AgentStudio.Core.Designs;

namespace AgentStudio.Core.Exporting.TypeScript;

/// <summary>
/// Writes <c>src/agents.ts</c>: the design's tools, output schemas and agents as constants, each declared before the
/// agents that use it. Handoffs and tool lists that point back at an agent declared later (a cycle) are set after
/// every agent is declared.
/// </summary>
internal sealed class AgentsModule
{
    private readonly ExportSource _source;
    private readonly DesignDocument _design;
    private readonly TsNames _names = new();
    private readonly Dictionary<string, string> _agentIdentifiers = new(StringComparer.Ordinal);
    private readonly Dictionary<(string ToolId, string Name, string Description), string> _toolIdentifiers = [];
    private readonly List<string> _declarations = [];
    private readonly List<string> _deferred = [];
    private readonly List<ExportRefusal> _refusals = [];
    private readonly HashSet<string> _imports = new(StringComparer.Ordinal) { "Agent" };
    private readonly HashSet<string> _helpers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _serverIdentifiers = new(StringComparer.Ordinal);
    private readonly TsToolContext _context;
    private readonly ILookup<string, DesignEdge> _edgesFrom;
    private bool _usesRemoveAllTools;

    private AgentsModule(ExportSource source)
    {
        _source = source;
        _design = source.Design;
        _edgesFrom = _design.Edges.ToLookup(e => e.From, StringComparer.Ordinal);
        _context = new TsToolContext(_imports, _helpers, _refusals);
    }

    /// <summary>The identifier of the agent <c>main.ts</c> runs.</summary>
    public string EntryIdentifier { get; private set; } = "";

    /// <summary>The identifiers of the MCP servers, in the order they are declared; <c>main.ts</c> connects them.</summary>
    public IReadOnlyList<string> ServerIdentifiers => [.. _serverIdentifiers.Values];

    /// <summary>The helpers of <see cref="ToolSupportFiles"/> the tools call.</summary>
    public IReadOnlySet<string> Helpers => _helpers;

    /// <summary>Writes the module, or the refusals that keep it from being written.</summary>
    public static (AgentsModule Module, string Text, IReadOnlyList<ExportRefusal> Refusals) Write(ExportSource source)
    {
        var module = new AgentsModule(source);
        var text = module.WriteText();
        return (module, text, module._refusals);
    }

    private string WriteText()
    {
        var entry = _design.FindAgent(_design.Entry ?? "") ?? _design.Agents.FirstOrDefault();
        if (entry is null)
        {
            _refusals.Add(new ExportRefusal(null, _design.Name, "The design has no agent to run."));
            return "";
        }

        // Depth first, so that every agent is declared after the agents and tools it points to; its name is taken
        // when the walk reaches it, as the agents it points to are named after it.
        AgentDependencyWalk? walk = null;
        walk = new AgentDependencyWalk(_design)
        {
            Entered = agent => _agentIdentifiers[agent.Id] = _names.Declare(agent.Name, "Agent", "agent"),
            Finished = agent => DeclareAgent(agent, walk!),
        };
        walk.Walk([entry, .. _design.Agents.Where(a => a != entry)]);

        EntryIdentifier = _agentIdentifiers[entry.Id];
        var text = new StringBuilder();
        AppendComment(text, ExportHeader.Text(_source), 0);
        text.Append('\n');
        AppendImports(text);
        foreach (var note in _design.Notes.Where(n => !string.IsNullOrWhiteSpace(n.Text)))
        {
            text.Append('\n');
            AppendComment(text, note.Text, 0);
        }

        foreach (var declaration in _declarations)
        {
            text.Append('\n').Append(declaration);
        }

        if (_serverIdentifiers.Count > 0)
        {
            text.Append('\n');
            AppendComment(text, "The MCP servers, which main.ts connects before the run and closes after it.", 0);
            const string head = "export const mcpServers = ";
            text.Append(head).Append(TsLayout.Render(new TsArray([.. ServerIdentifiers.Select(i => new TsRaw(i))]), 0, head.Length, ";")).Append('\n');
        }

        if (_deferred.Count > 0)
        {
            text.Append('\n');
            AppendComment(text, "Set once every agent exists, because these agents refer to each other.", 0);
            foreach (var assignment in _deferred)
            {
                text.Append(assignment);
            }
        }

        return text.ToString();
    }

    // Declares an agent once the walk has declared every agent it points to, except those still being declared (a
    // cycle): the lists naming those are set after every agent exists.
    private void DeclareAgent(AgentDefinition agent, AgentDependencyWalk walk)
    {
        var identifier = _agentIdentifiers[agent.Id];
        var edges = _edgesFrom[agent.Id];
        var tools = new List<TsNode>();
        var handoffs = new List<TsNode>();
        var servers = new List<TsNode>();
        var toolsDeferred = false;
        var handoffsDeferred = false;
        foreach (var edge in edges)
        {
            var cyclic = walk.Agent(edge.To) is { } target && walk.IsOpen(target.Id);
            if (edge is HandoffEdge handoffEdge)
            {
                handoffs.Add(Handoff(handoffEdge));
                handoffsDeferred |= cyclic;
            }
            else if (_design.FindTool(edge.To) is McpTool mcp)
            {
                if (ServerOf(mcp) is { } server)
                {
                    servers.Add(server);
                }
            }
            else if (ToolOf(edge) is { } tool)
            {
                tools.Add(tool);
                toolsDeferred |= cyclic;
            }
        }

        var properties = new List<TsProperty> { new("name", new TsString(agent.Name)) };
        if (agent.Instructions is not null)
        {
            properties.Add(new("instructions", new TsString(agent.Instructions)));
        }

        if (agent.HandoffDescription is not null)
        {
            properties.Add(new("handoffDescription", new TsString(agent.HandoffDescription)));
        }

        if (agent.Model is not null)
        {
            properties.Add(new("model", new TsString(agent.Model)));
        }

        if (ModelSettingsOf(agent.ModelSettings) is { } settings)
        {
            properties.Add(new("modelSettings", settings));
        }

        if (agent.ToolUseBehavior == ToolUseBehavior.StopOnFirstTool)
        {
            properties.Add(new("toolUseBehavior", new TsString("stop_on_first_tool")));
        }

        if (agent.OutputSchema is { } schema && schema.ValueKind != JsonValueKind.Null)
        {
            properties.Add(new("outputType", new TsRaw(DeclareOutputType(agent, identifier, schema))));
        }

        AddList(properties, identifier, "tools", tools, toolsDeferred);
        AddList(properties, identifier, "handoffs", handoffs, handoffsDeferred);
        AddList(properties, identifier, "mcpServers", servers, deferred: false);
        _declarations.Add($"export const {identifier} = {TsLayout.Render(new TsCall("new Agent", [new TsObject(properties)]), 0, 16 + identifier.Length, ";")}\n");
    }

    private void AddList(List<TsProperty> properties, string identifier, string name, List<TsNode> items, bool deferred)
    {
        if (items.Count == 0)
        {
            return;
        }

        if (deferred)
        {
            var target = $"{identifier}.{name} = ";
            _deferred.Add(target + TsLayout.Render(new TsArray(items), 0, target.Length, ";") + "\n");
        }
        else
        {
            properties.Add(new(name, new TsArray(items)));
        }
    }

    private TsNode Handoff(HandoffEdge edge)
    {
        _imports.Add("handoff");
        var target = _design.FindAgent(edge.To)!;
        var options = new List<TsProperty> { new("toolNameOverride", new TsString(ToolNaming.EffectiveName(edge, target.Name, targetIsAgent: true))) };
        if (!string.IsNullOrEmpty(edge.Description))
        {
            options.Add(new("toolDescriptionOverride", new TsString(edge.Description)));
        }

        if (edge.HistoryFilter == HistoryFilter.NoTools)
        {
            _usesRemoveAllTools = true;
            options.Add(new("inputFilter", new TsRaw("removeAllTools"), ["The specialist does not see the tool calls made so far."]));
        }

        return new TsCall("handoff", [new TsRaw(_agentIdentifiers[target.Id]), new TsObject(options)]);
    }

    private TsNode? ToolOf(DesignEdge edge)
    {
        if (_design.FindAgent(edge.To) is { } agent)
        {
            var name = ToolNaming.EffectiveName(edge, agent.Name, targetIsAgent: true);
            return new TsCall($"{_agentIdentifiers[agent.Id]}.asTool", [new TsObject(
            [
                new("toolName", new TsString(name)),
                new("toolDescription", new TsString(edge.Description ?? "")),
            ])]);
        }

        var tool = _design.FindTool(edge.To);
        if (tool is null)
        {
            return null;
        }

        var toolName = ToolNaming.EffectiveName(edge, tool.Name, targetIsAgent: false);
        var description = tool is MockTool ? edge.Description ?? tool.Description ?? ""
            : string.IsNullOrWhiteSpace(edge.Description) ? tool.Description ?? "" : edge.Description;
        var key = (tool.Id, toolName, description);
        if (_toolIdentifiers.TryGetValue(key, out var identifier))
        {
            return new TsRaw(identifier);
        }

        // Built-ins end in Tool, so that currentTime and calculate stay the names of the helpers that do their work.
        identifier = _names.Declare(toolName, tool is BuiltinTool ? "Tool" : "", "tool");
        _toolIdentifiers[key] = identifier;
        switch (tool)
        {
            case MockTool mock:
                DeclareMockTool(mock, identifier, toolName, description);
                break;
            case HttpTool http:
                Declare(identifier, HttpToolExpression.Of(_context, http, toolName, description));
                break;
            case BuiltinTool builtin:
                Declare(identifier, BuiltinToolExpression.Of(_context, builtin, toolName, edge.Description));
                break;
            default:
                _refusals.Add(new ExportRefusal(tool.Id, tool.Name, $"Tool {tool.Name} is of kind {tool.Kind}, which the TypeScript export does not know."));
                break;
        }

        return new TsRaw(identifier);
    }

    private TsNode? ServerOf(McpTool tool)
    {
        if (!_serverIdentifiers.TryGetValue(tool.Id, out var identifier))
        {
            var server = McpServerExpression.Of(_context, tool);
            if (server is null)
            {
                return null;
            }

            identifier = _names.Declare(tool.Name, "Server", "server");
            _serverIdentifiers[tool.Id] = identifier;
            Declare(identifier, server);
        }

        return new TsRaw(identifier);
    }

    private void Declare(string identifier, TsNode? expression)
    {
        if (expression is not null)
        {
            _declarations.Add($"export const {identifier} = {TsLayout.Render(expression, 0, 16 + identifier.Length, ";")}\n");
        }
    }

    private void DeclareMockTool(MockTool mock, string identifier, string name, string description)
    {
        _imports.Add("tool");
        _imports.Add("z");
        TsNode parameters;
        var schema = mock.Parameters is { ValueKind: JsonValueKind.Object } p ? p : (JsonElement?)null;
        try
        {
            parameters = schema is { } s && s.EnumerateObject().Any() ? ZodSchema.Of(s) : new TsCall("z.object", [new TsObject([])]);
        }
        catch (NotExpressibleException e)
        {
            _refusals.Add(new ExportRefusal(mock.Id, mock.Name, $"The parameters cannot be written as zod: {e.Message}."));
            return;
        }

        var response = MockResponse.Expression(mock.Response ?? "", schema);
        var properties = new List<TsProperty>
        {
            new("name", new TsString(name)),
            new("description", new TsString(description)),
            new("parameters", parameters),
            new("execute", new TsArrow(response.UsesInput ? "async (input)" : "async ()", response.Body), ["A mock: answers with the design's response, the arguments filled in."]),
        };
        _declarations.Add($"export const {identifier} = {TsLayout.Render(new TsCall("tool", [new TsObject(properties)]), 0, 16 + identifier.Length, ";")}\n");
    }

    private string DeclareOutputType(AgentDefinition agent, string agentIdentifier, JsonElement schema)
    {
        _imports.Add("z");
        var identifier = _names.Declare(agentIdentifier + "Output", "", "output");
        TsNode zod;
        try
        {
            zod = ZodSchema.Of(schema);
            if (zod is not TsCall { Callee: "z.object" } && zod is not TsChain { Calls: [{ Callee: "object" }, ..] })
            {
                throw new NotExpressibleException("the output schema is not an object, which the Agents SDK needs for a structured output");
            }
        }
        catch (NotExpressibleException e)
        {
            _refusals.Add(new ExportRefusal(agent.Id, agent.Name, $"The output schema cannot be written as zod: {e.Message}."));
            return identifier;
        }

        _declarations.Add($"export const {identifier} = {TsLayout.Render(zod, 0, 16 + identifier.Length, ";")}\n");
        return identifier;
    }

    private static TsObject? ModelSettingsOf(ModelSettings? settings)
    {
        if (settings is null)
        {
            return null;
        }

        var properties = new List<TsProperty>();
        if (settings.Temperature is { } temperature)
        {
            properties.Add(new("temperature", Number(temperature)));
        }

        if (settings.TopP is { } topP)
        {
            properties.Add(new("topP", Number(topP)));
        }

        if (settings.MaxOutputTokens is { } maxTokens)
        {
            properties.Add(new("maxTokens", new TsRaw(maxTokens.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        }

        if (settings.ParallelToolCalls is { } parallel)
        {
            properties.Add(new("parallelToolCalls", new TsRaw(parallel ? "true" : "false")));
        }

        if (settings.ToolChoice is { } toolChoice)
        {
            properties.Add(new("toolChoice", new TsString(toolChoice)));
        }

        return properties.Count == 0 ? null : new TsObject(properties);

        static TsRaw Number(double value) => new(value.ToString("R", System.Globalization.CultureInfo.InvariantCulture));
    }

    private void AppendImports(StringBuilder text)
    {
        string[] order = ["Agent", "MCPServerStdio", "MCPServerStreamableHttp", "handoff", "tool"];
        AppendImport(text, [.. order.Where(_imports.Contains)], "@openai/agents");
        if (_usesRemoveAllTools)
        {
            AppendImport(text, ["removeAllTools"], "@openai/agents-core/extensions");
        }

        if (_imports.Contains("z"))
        {
            AppendImport(text, ["z"], "zod");
        }

        if (_helpers.Contains("calculate"))
        {
            AppendImport(text, ["calculate"], ToolSupportFiles.CalculatorModule);
        }

        var helpers = ToolSupportFiles.Order.Where(_helpers.Contains).ToList();
        if (helpers.Count > 0)
        {
            AppendImport(text, helpers, ToolSupportFiles.ToolsModule);
        }
    }

    private static void AppendImport(StringBuilder text, IReadOnlyList<string> names, string module)
    {
        var line = $"import {{ {string.Join(", ", names)} }} from \"{module}\";";
        text.Append(line.Length <= TsLayout.Width ? line + "\n" : $"import {{\n{string.Concat(names.Select(n => $"  {n},\n"))}}} from \"{module}\";\n");
    }

    private static void AppendComment(StringBuilder text, string comment, int indent)
    {
        foreach (var line in CommentText.Wrap(comment, Math.Max(20, 80 - (indent + 3))))
        {
            text.Append(TsLayout.Pad(indent)).Append(line.Length == 0 ? "//" : "// " + line).Append('\n');
        }
    }
}
