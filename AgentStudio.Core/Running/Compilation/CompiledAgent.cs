using System.Text.Json;
using AgentStudio.Core.Designs;
using AgentStudio.Core.Running.Tools;

namespace AgentStudio.Core.Running.Compilation;

/// <summary>An agent ready to run: its instructions, model, tools and handoffs resolved from the design.</summary>
public sealed class CompiledAgent
{
    private readonly List<ToolRoute> _tools = [];
    private readonly List<HandoffRoute> _handoffs = [];
    private readonly List<(IAgentToolSet Set, string EdgeId, string ToolId)> _toolSets = [];

    internal CompiledAgent(AgentDefinition definition)
    {
        Definition = definition;
    }

    /// <summary>The design's definition of the agent.</summary>
    public AgentDefinition Definition { get; }

    /// <summary>The agent's id in the design.</summary>
    public string Id => Definition.Id;

    /// <summary>The agent's name, as the model sees it.</summary>
    public string Name => Definition.Name;

    /// <summary>The system instructions (empty when the design has none).</summary>
    public string Instructions => Definition.Instructions ?? "";

    /// <summary>The model name (<c>simulated</c> when the design names none).</summary>
    public string Model => string.IsNullOrWhiteSpace(Definition.Model) ? ModelNames.Simulated : Definition.Model;

    /// <summary>The JSON Schema of the agent's structured output, or null for text output.</summary>
    public JsonElement? OutputSchema => Definition.OutputSchema is { ValueKind: JsonValueKind.Object } schema ? schema : null;

    /// <summary>What the agent does after its tools return.</summary>
    public ToolUseBehavior ToolUseBehavior => Definition.ToolUseBehavior ?? ToolUseBehavior.RunLlmAgain;

    /// <summary>The function tools and agents as tools, in the order of the design's edges.</summary>
    public IReadOnlyList<IAgentTool> Tools => [.. _tools.Select(t => t.Tool)];

    /// <summary>Sets of tools listed at run time (MCP servers), in the order of the design's edges.</summary>
    public IReadOnlyList<IAgentToolSet> ToolSets => [.. _toolSets.Select(t => t.Set)];

    /// <summary>The agents this one can hand off to, in the order of the design's edges.</summary>
    public IReadOnlyList<HandoffRoute> Handoffs => _handoffs;

    internal void AddTool(IAgentTool tool, string edgeId, string toolId) => _tools.Add(new ToolRoute(tool, edgeId, toolId));

    internal void AddHandoff(HandoffRoute handoff) => _handoffs.Add(handoff);

    internal void AddToolSet(IAgentToolSet toolSet, string edgeId, string toolId) => _toolSets.Add((toolSet, edgeId, toolId));

    /// <summary>Every tool the agent has in a run: its own, then those its tool sets list.</summary>
    public async Task<IReadOnlyList<IAgentTool>> ResolveToolsAsync(ToolServices services, CancellationToken cancellationToken = default) =>
        [.. (await ResolveToolRoutesAsync(services, cancellationToken).ConfigureAwait(false)).Select(r => r.Tool)];

    /// <summary>
    /// Every tool the agent has in a run, as <see cref="ResolveToolsAsync"/> lists them, each with the design ids of
    /// its edge and node, so that what a run reports can point at the diagram.
    /// </summary>
    public async Task<IReadOnlyList<ToolRoute>> ResolveToolRoutesAsync(ToolServices services, CancellationToken cancellationToken = default)
    {
        if (_toolSets.Count == 0)
        {
            return _tools;
        }

        var routes = new List<ToolRoute>(_tools);
        foreach (var (set, edgeId, toolId) in _toolSets)
        {
            var listed = await set.ListToolsAsync(services, cancellationToken).ConfigureAwait(false);
            routes.AddRange(listed.Select(t => new ToolRoute(t, edgeId, toolId)));
        }

        return routes;
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
