using System.Text.Json;
using AgentStudio.Core.Designs;

namespace AgentStudio.Tests.Core.Validation;

/// <summary>Small, clean designs for validation tests: each test changes one thing and expects one problem.</summary>
internal static class DesignBuilder
{
    public const string FallbackInstructions = "Help the user. If a tool fails, apologise and escalate.";

    public static AgentDefinition Agent(string id, string? name = null, string? instructions = FallbackInstructions, string? model = "gpt-4o") =>
        new() { Id = id, Name = name ?? char.ToUpperInvariant(id[0]) + id[1..] + "Agent", Instructions = instructions, Model = model, HandoffDescription = $"Handles {id} questions" };

    public static MockTool Mock(string id, string? name = null) => new()
    {
        Id = id,
        Name = name ?? id,
        Description = "A mock tool",
        Parameters = ParseJson("""{ "type": "object", "properties": { "q": { "type": "string" } } }"""),
        Response = "ok",
    };

    public static HandoffEdge Handoff(string id, string from, string to, string? description = "When the user asks for it") =>
        new() { Id = id, From = from, To = to, Description = description };

    public static ToolEdge Tool(string id, string from, string to, string? toolName = null, string? description = "When the user asks for it") =>
        new() { Id = id, From = from, To = to, ToolName = toolName, Description = description };

    /// <summary>A triage agent handing off to billing, which uses a mock tool: valid, no warnings.</summary>
    public static DesignDocument Clean() => new()
    {
        Name = "Clean",
        Entry = "triage",
        Agents = [Agent("triage"), Agent("billing")],
        Tools = [Mock("lookup")],
        Edges = [Handoff("e1", "triage", "billing"), Tool("e2", "billing", "lookup")],
    };

    public static JsonElement ParseJson(string text) => JsonDocument.Parse(text).RootElement.Clone();
}
