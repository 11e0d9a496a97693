using System.Text.Json;
using System.Text.Json.Serialization;

namespace AgentStudio.Core.Running.Events;

/// <summary>Writes run events as one-line JSON objects (the CLI's <c>--events jsonl</c>, the HTTP API), <c>type</c> first.</summary>
public static class RunEventJson
{
    /// <summary>The event as compact JSON.</summary>
    public static string Serialize(RunEvent runEvent) => JsonSerializer.Serialize(runEvent, RunEventJsonContext.Default.RunEvent);
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(RunEvent))]
internal sealed partial class RunEventJsonContext : JsonSerializerContext;
