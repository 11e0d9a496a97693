using System.Text.Json;
using System.Text.Json.Serialization;

namespace AgentStudio.Core.Designs;

/// <summary>A free-text note on the canvas; it takes no part in a run.</summary>
public sealed record DesignNote
{
    private readonly string _text = "";

    /// <summary>Stable slug; the layout refers to it.</summary>
    public required string Id { get; init; }

    /// <summary>The note's text.</summary>
    public string Text { get => _text; init => _text = value ?? ""; }

    /// <summary>Properties unknown to this version, kept for the round trip. Settable only because System.Text.Json cannot fill extension data through an init accessor.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
