using AgentStudio.Core.Designs;

namespace AgentStudio.Core.Validation;

/// <summary>
/// A design with the indexes every rule needs (id → node and list position, edges by source), built
/// once so that each rule runs in linear time even on designs with thousands of agents.
/// </summary>
internal sealed class ValidationContext
{
    private readonly List<DesignProblem> _problems = [];

    public ValidationContext(DesignDocument design)
    {
        Design = design;
        for (var i = 0; i < design.Agents.Count; i++)
        {
            AgentIndex.TryAdd(design.Agents[i].Id, i);
        }

        for (var i = 0; i < design.Tools.Count; i++)
        {
            ToolIndex.TryAdd(design.Tools[i].Id, i);
        }

        foreach (var note in design.Notes)
        {
            NoteIds.Add(note.Id);
        }

        for (var i = 0; i < design.Edges.Count; i++)
        {
            var edge = design.Edges[i];
            if (!EdgesFrom.TryGetValue(edge.From, out var list))
            {
                EdgesFrom[edge.From] = list = [];
            }

            list.Add(i);
        }
    }

    public DesignDocument Design { get; }

    public Dictionary<string, int> AgentIndex { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, int> ToolIndex { get; } = new(StringComparer.Ordinal);

    public HashSet<string> NoteIds { get; } = new(StringComparer.Ordinal);

    /// <summary>Edge positions by the id of the node they start at.</summary>
    public Dictionary<string, List<int>> EdgesFrom { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<DesignProblem> Problems => _problems;

    public AgentDefinition? Agent(string id) => AgentIndex.TryGetValue(id, out var i) ? Design.Agents[i] : null;

    public ToolDefinition? Tool(string id) => ToolIndex.TryGetValue(id, out var i) ? Design.Tools[i] : null;

    /// <summary>The edges leaving an agent, with their positions in the edge list.</summary>
    public IEnumerable<(int Index, DesignEdge Edge)> OutgoingEdges(string agentId) =>
        EdgesFrom.TryGetValue(agentId, out var list) ? list.Select(i => (i, Design.Edges[i])) : [];

    public static string AgentPath(int index) => $"$.agents[{index}]";

    public static string ToolPath(int index) => $"$.tools[{index}]";

    public static string EdgePath(int index) => $"$.edges[{index}]";

    /// <summary>"TriageAgent (triage)": how messages name an agent.</summary>
    public static string Describe(AgentDefinition agent) => $"{Quote(agent.Name)} ({Quote(agent.Id)})";

    /// <summary>"Handoff edge 'e1' from TriageAgent (triage) to BillingAgent (billing)": how messages name an edge.</summary>
    public string Describe(DesignEdge edge) =>
        $"{(edge is HandoffEdge ? "Handoff" : "Tool")} edge '{Quote(edge.Id)}' from {NodeLabel(edge.From)} to {NodeLabel(edge.To)}";

    public string NodeLabel(string id) =>
        Agent(id) is { } agent ? Describe(agent) : Tool(id) is { } tool ? $"tool {Quote(tool.Name)} ({Quote(tool.Id)})" : $"'{Quote(id)}'";

    /// <summary>A name or id as messages quote it: cut short when it is huge, so a message stays readable and small.</summary>
    public static string Quote(string text) => DesignProblemLimits.Clip(text, 80);

    // Every message is clipped too: a rule quoting a megabyte-long name once per edge would otherwise make the output quadratic.
    public void Error(string code, string message, string path, string? nodeId) =>
        _problems.Add(new DesignProblem(code, ProblemSeverity.Error, DesignProblemLimits.Clip(message), path, nodeId));

    public void Warning(string code, string message, string path, string? nodeId) =>
        _problems.Add(new DesignProblem(code, ProblemSeverity.Warning, DesignProblemLimits.Clip(message), path, nodeId));
}
