using System.Text.Json;
using System.Text.Json.Serialization;

namespace AgentStudio.Core.Designs;

/// <summary>
/// A whole design as a user draws it: agents, tools, the edges between them, notes and the canvas
/// layout. This is the in-memory form of an <c>.agentstudio.json</c> file (format version 1).
/// </summary>
/// <remarks>
/// Instances are immutable; edit with <c>with</c> expressions. Lists are never null after loading.
/// Properties this version does not know are kept in <see cref="ExtensionData"/> and written back
/// unchanged, so a newer file opened here loses nothing.
/// </remarks>
public sealed record DesignDocument
{
    /// <summary>The value of <see cref="Format"/> in every design file.</summary>
    public const string FormatName = "agentstudio.design";

    /// <summary>The newest format version this library reads and writes.</summary>
    public const int CurrentVersion = 1;

    // Missing collections in a file (or a null from a caller) read as empty, never as null.
    private static readonly IReadOnlyDictionary<string, CanvasPosition> EmptyLayout = new Dictionary<string, CanvasPosition>();
    private readonly IReadOnlyList<AgentDefinition> _agents = [];
    private readonly IReadOnlyList<ToolDefinition> _tools = [];
    private readonly IReadOnlyList<DesignEdge> _edges = [];
    private readonly IReadOnlyList<DesignNote> _notes = [];
    private readonly IReadOnlyDictionary<string, CanvasPosition> _layout = EmptyLayout;

    /// <summary>Always <see cref="FormatName"/>; identifies the file as an AgentStudio design.</summary>
    public string Format { get; init; } = FormatName;

    /// <summary>The format version the file was written in.</summary>
    public int Version { get; init; } = CurrentVersion;

    /// <summary>The design's display name.</summary>
    public required string Name { get; init; }

    /// <summary>What the design does, for people.</summary>
    public string? Description { get; init; }

    /// <summary>The id of the agent a run starts with.</summary>
    public string? Entry { get; init; }

    /// <summary>The agents of the design.</summary>
    public IReadOnlyList<AgentDefinition> Agents { get => _agents; init => _agents = value ?? []; }

    /// <summary>The tools agents can call through tool edges.</summary>
    public IReadOnlyList<ToolDefinition> Tools { get => _tools; init => _tools = value ?? []; }

    /// <summary>Tool and handoff edges between agents and tools.</summary>
    public IReadOnlyList<DesignEdge> Edges { get => _edges; init => _edges = value ?? []; }

    /// <summary>Free-text notes placed on the canvas.</summary>
    public IReadOnlyList<DesignNote> Notes { get => _notes; init => _notes = value ?? []; }

    /// <summary>Canvas position of each agent, tool and note, by id. Moving a node changes only this.</summary>
    public IReadOnlyDictionary<string, CanvasPosition> Layout { get => _layout; init => _layout = value ?? EmptyLayout; }

    /// <summary>Properties unknown to this version, kept for the round trip. Settable only because System.Text.Json cannot fill extension data through an init accessor.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }

    /// <summary>Finds an agent by id.</summary>
    /// <param name="id">The agent's id.</param>
    /// <returns>The agent, or <see langword="null"/> when there is none with that id.</returns>
    public AgentDefinition? FindAgent(string id) => Agents.FirstOrDefault(a => a.Id == id);

    /// <summary>Finds a tool by id.</summary>
    /// <param name="id">The tool's id.</param>
    /// <returns>The tool, or <see langword="null"/> when there is none with that id.</returns>
    public ToolDefinition? FindTool(string id) => Tools.FirstOrDefault(t => t.Id == id);
}
