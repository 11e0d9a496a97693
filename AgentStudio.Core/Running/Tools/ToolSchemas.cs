using System.Text.Json;

namespace AgentStudio.Core.Running.Tools;

/// <summary>Parameter schemas shared by the tools.</summary>
internal static class ToolSchemas
{
    /// <summary>The schema of a tool without parameters: models still need an object schema to call it.</summary>
    public static JsonElement EmptyObject { get; } = Parse("""{"type":"object","properties":{}}""");

    /// <summary>Parses <paramref name="json"/> into an element that outlives its document.</summary>
    public static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
