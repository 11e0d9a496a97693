using System.Text.Json;
using System.Text.Json.Serialization;

namespace AgentStudio.Core.Designs;

/// <summary>An LLM agent: its instructions, model and how it ends its turn.</summary>
public sealed record AgentDefinition
{
    /// <summary>Stable slug chosen once; edges and layout refer to it.</summary>
    public required string Id { get; init; }

    /// <summary>The name the model and the user see; may change freely.</summary>
    public required string Name { get; init; }

    /// <summary>The system instructions of the agent.</summary>
    public string? Instructions { get; init; }

    /// <summary>Says when other agents should hand off to (or call) this agent.</summary>
    public string? HandoffDescription { get; init; }

    /// <summary>The model name; which provider serves it is app configuration. <see langword="null"/> means the app's default.</summary>
    public string? Model { get; init; }

    /// <summary>Sampling and tool settings for the model; <see langword="null"/> means provider defaults.</summary>
    public ModelSettings? ModelSettings { get; init; }

    /// <summary>A JSON Schema object; when set, the agent's final output is a JSON value of that shape.</summary>
    public JsonElement? OutputSchema { get; init; }

    /// <summary>What happens after the agent's tools ran; <see langword="null"/> means <see cref="Designs.ToolUseBehavior.RunLlmAgain"/>.</summary>
    public ToolUseBehavior? ToolUseBehavior { get; init; }

    /// <summary>Properties unknown to this version, kept for the round trip. Settable only because System.Text.Json cannot fill extension data through an init accessor.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
