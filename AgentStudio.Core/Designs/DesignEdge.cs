using System.Text.Json;
using System.Text.Json.Serialization;

namespace AgentStudio.Core.Designs;

/// <summary>
/// A connection from an agent to a tool or another agent. The JSON property <c>kind</c> says which:
/// <c>tool</c> (the caller invokes the target and keeps control) or <c>handoff</c> (the caller
/// transfers the conversation to the target).
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(ToolEdge), EdgeKinds.Tool)]
[JsonDerivedType(typeof(HandoffEdge), EdgeKinds.Handoff)]
public abstract record DesignEdge
{
    /// <summary>Stable slug chosen once.</summary>
    [JsonPropertyOrder(-5)]
    public required string Id { get; init; }

    /// <summary>The id of the calling agent.</summary>
    [JsonPropertyOrder(-4)]
    public required string From { get; init; }

    /// <summary>The id of the target agent or tool.</summary>
    [JsonPropertyOrder(-3)]
    public required string To { get; init; }

    /// <summary>Overrides the tool name the model sees; <see langword="null"/> means the default derived from the target's name.</summary>
    [JsonPropertyOrder(-2)]
    public string? ToolName { get; init; }

    /// <summary>Overrides the description the model sees; for a handoff it tells the model when to take it.</summary>
    [JsonPropertyOrder(-1)]
    public string? Description { get; init; }

    /// <summary>The kind's name as written in the file (<see cref="EdgeKinds"/>).</summary>
    [JsonIgnore]
    public abstract string Kind { get; }

    /// <summary>Properties unknown to this version, kept for the round trip. Settable only because System.Text.Json cannot fill extension data through an init accessor.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}

/// <summary>The names of the edge kinds as written in the <c>kind</c> property.</summary>
public static class EdgeKinds
{
    /// <summary>Agents as tools / function tools: the caller gets the result back and keeps control.</summary>
    public const string Tool = "tool";

    /// <summary>Delegation: the caller transfers the conversation to the target agent.</summary>
    public const string Handoff = "handoff";
}

/// <summary>The caller invokes the target (a tool, or an agent as a tool) and keeps control.</summary>
public sealed record ToolEdge : DesignEdge
{
    /// <inheritdoc />
    [JsonIgnore]
    public override string Kind => EdgeKinds.Tool;
}

/// <summary>The caller transfers the conversation to the target agent, which answers from then on.</summary>
public sealed record HandoffEdge : DesignEdge
{
    /// <summary>What of the history the target sees; <see langword="null"/> means <see cref="Designs.HistoryFilter.All"/>.</summary>
    public HistoryFilter? HistoryFilter { get; init; }

    /// <inheritdoc />
    [JsonIgnore]
    public override string Kind => EdgeKinds.Handoff;
}

/// <summary>What of the conversation a handoff's target sees.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<HistoryFilter>))]
public enum HistoryFilter
{
    /// <summary>The original input and every item so far (the default).</summary>
    [JsonStringEnumMemberName("all")]
    All,

    /// <summary>Like <see cref="All"/> but with tool calls and their outputs removed.</summary>
    [JsonStringEnumMemberName("no_tools")]
    NoTools,
}
