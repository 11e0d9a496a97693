using AgentStudio.Core.Designs;

namespace AgentStudio.Core.Exporting.CSharp;

/// <summary>
/// What the C# files are written from: the project's names, the agents in the order they must be built (an agent
/// after the agents it calls as tools), each agent's and mock tool's identifier.
/// </summary>
internal sealed class CSharpPlan
{
    // Members of the agents class (and object's) an agent's property must not be named after.
    private static readonly string[] AgentsClassMembers = ["Entry", "BuildWorkflow", "Equals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "Finalize", "FunctionTools", "ChatClientAgent", "ChatClientAgentOptions", "ChatOptions", "ChatResponseFormat", "ChatToolMode", "JsonElement", "AgentWorkflowBuilder", "HandoffToolCallFilteringBehavior", "Workflow", "ModelClients", "McpServers"];

    private static readonly string[] ObjectMembers = ["Equals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "Finalize"];

    // The types the generated classes name in their bodies; a member named like one would hide it.
    private static readonly string[] SupportTypes =
    [
        "FunctionTools", "MockFunction", "ToolFunction", "HttpTools", "Arithmetic", "Secrets", "McpServers", "ModelClients",
        "CultureInfo", "TimeZoneInfo", "DateTimeOffset", "TimeSpan", "Task", "HttpMethod", "HttpRequestMessage", "Uri",
        "McpClient", "StdioClientTransport", "StdioClientTransportOptions", "HttpClientTransport", "HttpClientTransportOptions",
        "IClientTransport", "AITool", "List", "Dictionary", "CancellationToken", "IReadOnlyList",
    ];

    private CSharpPlan(ExportSource source, IReadOnlyList<AgentDefinition> order)
    {
        Source = source;
        Design = source.Design;
        ProjectName = CSharpNames.Pascal(Design.Name, "AgentStudioDesign");
        AgentsClass = ProjectName == "Agents" ? "DesignAgents" : ProjectName + "Agents";
        AgentsInBuildOrder = order;
        var agentNames = CSharpNames.Unique(Design.Agents.Select(a => a.Name), "Agent", [.. AgentsClassMembers, AgentsClass, ProjectName]);
        AgentProperties = Design.Agents.Select((a, i) => (a.Id, agentNames[i])).ToDictionary(p => p.Id, p => p.Item2, StringComparer.Ordinal);
        var used = Design.Tools.Where(t => Design.Edges.OfType<ToolEdge>().Any(e => e.To == t.Id)).ToList();
        FunctionTools = [.. used.Where(t => t is not McpTool)];
        McpTools = [.. used.OfType<McpTool>()];
        var toolNames = CSharpNames.Unique(FunctionTools.Select(t => t.Name), "Tool", [.. ObjectMembers, .. SupportTypes]);
        ToolMethods = FunctionTools.Select((t, i) => (t.Id, toolNames[i])).ToDictionary(p => p.Id, p => p.Item2, StringComparer.Ordinal);
        var serverNames = CSharpNames.Unique(McpTools.Select(t => t.Name), "Server", [.. ObjectMembers, .. SupportTypes, "ConnectAsync", "DisposeAsync", "ToolsAsync"]);
        McpProperties = McpTools.Select((t, i) => (t.Id, serverNames[i])).ToDictionary(p => p.Id, p => p.Item2, StringComparer.Ordinal);
        Entry = Design.FindAgent(Design.Entry ?? "") ?? Design.Agents[0];
        Handoffs = [.. Design.Edges.OfType<HandoffEdge>()];
    }

    public ExportSource Source { get; }

    public DesignDocument Design { get; }

    /// <summary>The project's name and root namespace.</summary>
    public string ProjectName { get; }

    /// <summary>The class that builds the agents.</summary>
    public string AgentsClass { get; }

    public IReadOnlyList<AgentDefinition> AgentsInBuildOrder { get; }

    /// <summary>Each agent's property name on the agents class, by agent id.</summary>
    public IReadOnlyDictionary<string, string> AgentProperties { get; }

    /// <summary>The mock, HTTP and built-in tools some agent uses, in design order.</summary>
    public IReadOnlyList<ToolDefinition> FunctionTools { get; }

    /// <summary>Each function tool's factory method name, by tool id.</summary>
    public IReadOnlyDictionary<string, string> ToolMethods { get; }

    /// <summary>The MCP servers some agent uses, in design order.</summary>
    public IReadOnlyList<McpTool> McpTools { get; }

    /// <summary>Each MCP server's property on the <c>McpServers</c> class, by tool id.</summary>
    public IReadOnlyDictionary<string, string> McpProperties { get; }

    /// <summary>Whether the program connects to MCP servers before it builds the agents.</summary>
    public bool UsesMcp => McpTools.Count > 0;

    /// <summary>Whether any tool is one of the given kinds.</summary>
    public bool Uses<T>()
        where T : ToolDefinition => FunctionTools.OfType<T>().Any();

    /// <summary>Whether a built-in tool of the design is <paramref name="builtin"/> (<c>current_time</c>, <c>calculator</c>, <c>http_get</c>).</summary>
    public bool UsesBuiltin(string builtin) => FunctionTools.OfType<BuiltinTool>().Any(t => BuiltinName(t) == builtin);

    /// <summary>Which built-in <paramref name="tool"/> runs: its <c>builtin</c>, or else its name.</summary>
    public static string BuiltinName(BuiltinTool tool) => (string.IsNullOrWhiteSpace(tool.Builtin) ? tool.Name : tool.Builtin).Trim();

    /// <summary>Every <c>${secret:NAME}</c> the exported code reads, in order of first use.</summary>
    public IReadOnlyList<string> Secrets =>
    [
        .. SecretEnvironmentVariable.Referenced(FunctionTools.OfType<HttpTool>().SelectMany(t => (IEnumerable<string>)[t.Url ?? "", .. (t.Headers ?? Empty).Values, t.Body ?? ""]))
            .Concat(SecretEnvironmentVariable.Referenced(McpTools.SelectMany(t => (t.Environment ?? Empty).Values.Concat((t.Headers ?? Empty).Values)), arguments: false))
            .Distinct(StringComparer.Ordinal),
    ];

    private static IReadOnlyDictionary<string, string> Empty { get; } = new Dictionary<string, string>();

    public AgentDefinition Entry { get; }

    public IReadOnlyList<HandoffEdge> Handoffs { get; }

    /// <summary>Whether the run goes through a handoff workflow (the design has handoffs) or runs the entry agent alone.</summary>
    public bool UsesWorkflow => Handoffs.Count > 0;

    /// <summary>The plan, or null when agents call each other as tools in a cycle (no build order exists).</summary>
    public static CSharpPlan? TryCreate(ExportSource source, out AgentDefinition? inCycle)
    {
        var order = new List<AgentDefinition>();
        AgentDefinition? firstInCycle = null;
        var walk = new AgentDependencyWalk(source.Design, edge => edge is ToolEdge)
        {
            ClosesCycle = edge => firstInCycle ??= source.Design.FindAgent(edge.To),
            Finished = order.Add,
        };
        walk.Walk(source.Design.Agents);
        inCycle = firstInCycle;
        return inCycle is null ? new CSharpPlan(source, order) : null;
    }
}
