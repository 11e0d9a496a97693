using System.Text.Json;
using System.Text.Json.Serialization;

namespace AgentStudio.Core.Designs;

/// <summary>Model call settings of one agent. Every property is optional; unset means the provider's default.</summary>
public sealed record ModelSettings
{
    /// <summary>Sampling temperature, usually 0 to 2.</summary>
    public double? Temperature { get; init; }

    /// <summary>Nucleus sampling probability mass, 0 to 1.</summary>
    public double? TopP { get; init; }

    /// <summary>Upper bound on the tokens of one response.</summary>
    public int? MaxOutputTokens { get; init; }

    /// <summary>Whether the model may request several tool calls in one response.</summary>
    public bool? ParallelToolCalls { get; init; }

    /// <summary><c>auto</c>, <c>required</c>, <c>none</c>, or the name of a tool the model must call.</summary>
    public string? ToolChoice { get; init; }

    /// <summary>Properties unknown to this version, kept for the round trip. Settable only because System.Text.Json cannot fill extension data through an init accessor.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
