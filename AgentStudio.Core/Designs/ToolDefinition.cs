using System.Text.Json;
using System.Text.Json.Serialization;

namespace AgentStudio.Core.Designs;

/// <summary>
/// A function tool agents can call through a tool edge. The JSON property <c>kind</c> says which
/// kind it is: <c>builtin</c>, <c>mock</c>, <c>http</c> or <c>mcp</c>.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(BuiltinTool), ToolKinds.Builtin)]
[JsonDerivedType(typeof(MockTool), ToolKinds.Mock)]
[JsonDerivedType(typeof(HttpTool), ToolKinds.Http)]
[JsonDerivedType(typeof(McpTool), ToolKinds.Mcp)]
public abstract record ToolDefinition
{
    /// <summary>Stable slug chosen once; edges and layout refer to it.</summary>
    [JsonPropertyOrder(-3)]
    public required string Id { get; init; }

    /// <summary>The function name the model sees.</summary>
    [JsonPropertyOrder(-2)]
    public required string Name { get; init; }

    /// <summary>Tells the model what the tool does and when to use it.</summary>
    [JsonPropertyOrder(-1)]
    public string? Description { get; init; }

    /// <summary>The kind's name as written in the file (<see cref="ToolKinds"/>).</summary>
    [JsonIgnore]
    public abstract string Kind { get; }

    /// <summary>Properties unknown to this version, kept for the round trip. Settable only because System.Text.Json cannot fill extension data through an init accessor.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}

/// <summary>The names of the tool kinds as written in the <c>kind</c> property.</summary>
public static class ToolKinds
{
    /// <summary>A tool that ships with the app.</summary>
    public const string Builtin = "builtin";

    /// <summary>A prototype tool answering from a response template.</summary>
    public const string Mock = "mock";

    /// <summary>A tool that calls an HTTP endpoint.</summary>
    public const string Http = "http";

    /// <summary>The tools of a Model Context Protocol server.</summary>
    public const string Mcp = "mcp";

    /// <summary>Every kind, in the order the palette shows them.</summary>
    public static IReadOnlyList<string> All { get; } = [Builtin, Mock, Http, Mcp];
}

/// <summary>A tool that ships with the app (for example <c>current_time</c>, <c>calculator</c>, <c>http_get</c>).</summary>
public sealed record BuiltinTool : ToolDefinition
{
    /// <summary>Which built-in implementation runs; <see langword="null"/> means the one named <see cref="ToolDefinition.Name"/>.</summary>
    public string? Builtin { get; init; }

    /// <inheritdoc />
    [JsonIgnore]
    public override string Kind => ToolKinds.Builtin;
}

/// <summary>A prototyping tool: declared parameters and a response template filled from the arguments.</summary>
public sealed record MockTool : ToolDefinition
{
    /// <summary>JSON Schema of the arguments; <see langword="null"/> means no parameters.</summary>
    public JsonElement? Parameters { get; init; }

    /// <summary>The output, with <c>{{argument}}</c> placeholders replaced by the call's arguments.</summary>
    public string? Response { get; init; }

    /// <inheritdoc />
    [JsonIgnore]
    public override string Kind => ToolKinds.Mock;
}

/// <summary>A tool that sends an HTTP request built from templates and returns the response body.</summary>
public sealed record HttpTool : ToolDefinition
{
    /// <summary>JSON Schema of the arguments; <see langword="null"/> means no parameters.</summary>
    public JsonElement? Parameters { get; init; }

    /// <summary>The HTTP method; <see langword="null"/> means <c>GET</c>.</summary>
    public string? Method { get; init; }

    /// <summary>URL template with <c>{{argument}}</c> placeholders.</summary>
    public string? Url { get; init; }

    /// <summary>Header templates; credentials only as <c>${secret:NAME}</c> references.</summary>
    public IReadOnlyDictionary<string, string>? Headers { get; init; }

    /// <summary>Body template with <c>{{argument}}</c> placeholders.</summary>
    public string? Body { get; init; }

    /// <inheritdoc />
    [JsonIgnore]
    public override string Kind => ToolKinds.Http;
}

/// <summary>The tools of a Model Context Protocol server, reached over stdio (a command) or HTTP (a URL).</summary>
public sealed record McpTool : ToolDefinition
{
    /// <summary>The program to start for a stdio server.</summary>
    public string? Command { get; init; }

    /// <summary>Arguments of <see cref="Command"/>.</summary>
    public IReadOnlyList<string>? Arguments { get; init; }

    /// <summary>Environment variables for <see cref="Command"/>; secrets only as <c>${secret:NAME}</c> references.</summary>
    public IReadOnlyDictionary<string, string>? Environment { get; init; }

    /// <summary>The endpoint of an HTTP server.</summary>
    public string? Url { get; init; }

    /// <summary>Headers sent to an HTTP server; secrets only as <c>${secret:NAME}</c> references.</summary>
    public IReadOnlyDictionary<string, string>? Headers { get; init; }

    /// <summary>The server's tools offered to the agent; <see langword="null"/> means all of them.</summary>
    public IReadOnlyList<string>? AllowedTools { get; init; }

    /// <inheritdoc />
    [JsonIgnore]
    public override string Kind => ToolKinds.Mcp;
}
