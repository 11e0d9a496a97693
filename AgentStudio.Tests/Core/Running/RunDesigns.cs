using System.Text.Json;
using AgentStudio.Core.Designs;

namespace AgentStudio.Tests.Core.Running;

/// <summary>Small designs for run tests.</summary>
internal static class RunDesigns
{
    public static AgentDefinition Agent(string id, string name, string? outputSchema = null, ToolUseBehavior? behaviour = null, string? toolChoice = null) => new()
    {
        Id = id,
        Name = name,
        Instructions = $"You are {name}.",
        HandoffDescription = $"{name} handles {id} questions",
        Model = "gpt-4o",
        OutputSchema = outputSchema is null ? null : JsonDocument.Parse(outputSchema).RootElement.Clone(),
        ToolUseBehavior = behaviour,
        ModelSettings = toolChoice is null ? null : new ModelSettings { ToolChoice = toolChoice },
    };

    public static MockTool Tool(string name) => new() { Id = name, Name = name, Description = $"The {name} tool", Response = $"{name} output" };

    public static DesignDocument Design(IEnumerable<AgentDefinition> agents, IEnumerable<DesignEdge>? edges = null, IEnumerable<ToolDefinition>? tools = null, string entry = "triage") => new()
    {
        Name = "Run test",
        Entry = entry,
        Agents = [.. agents],
        Tools = [.. tools ?? []],
        Edges = [.. edges ?? []],
    };

    public static HandoffEdge Handoff(string from, string to, HistoryFilter? filter = null) =>
        new() { Id = $"{from}-{to}", From = from, To = to, Description = $"Send {to} questions to {to}", HistoryFilter = filter };

    public static ToolEdge Uses(string from, string to, string? toolName = null) => new() { Id = $"{from}-uses-{to}", From = from, To = to, ToolName = toolName };

    /// <summary>TriageAgent handing off to BillingAgent and TechnicalAgent.</summary>
    public static DesignDocument SupportDesign(HistoryFilter? filter = null) => Design(
        [Agent("triage", "TriageAgent"), Agent("billing", "BillingAgent"), Agent("technical", "TechnicalAgent")],
        [Handoff("triage", "billing", filter), Handoff("triage", "technical")]);

    /// <summary>TriageAgent alone, with the given tools.</summary>
    public static DesignDocument WithTools(AgentDefinition agent, params string[] tools) => Design(
        [agent], [.. tools.Select(t => Uses(agent.Id, t))], [.. tools.Select(Tool)], entry: agent.Id);
}
