using System.Text.Json;

namespace AgentStudio.Designer;

/// <summary>Renames a tool.</summary>
public sealed record RenameTool(string ToolId, string Name) : DesignEdit(ToolId);

/// <summary>Sets the description the model reads.</summary>
public sealed record SetToolDescription(string ToolId, string? Description) : DesignEdit(ToolId);

/// <summary>Sets the parameters (JSON Schema) of a mock or HTTP tool.</summary>
public sealed record SetToolParameters(string ToolId, JsonElement? Parameters) : DesignEdit(ToolId);

/// <summary>Sets a mock tool's response template.</summary>
public sealed record SetMockResponse(string ToolId, string? Response) : DesignEdit(ToolId);

/// <summary>Chooses which built-in implementation a built-in tool runs.</summary>
public sealed record ChooseBuiltin(string ToolId, string? Builtin) : DesignEdit(ToolId);

/// <summary>Sets an HTTP tool's method.</summary>
public sealed record SetHttpMethod(string ToolId, string? Method) : DesignEdit(ToolId);

/// <summary>Sets an HTTP tool's URL template.</summary>
public sealed record SetHttpUrl(string ToolId, string? Url) : DesignEdit(ToolId);

/// <summary>Sets an HTTP tool's headers; null for none.</summary>
public sealed record SetHttpHeaders(string ToolId, IReadOnlyDictionary<string, string>? Headers) : DesignEdit(ToolId);

/// <summary>Sets an HTTP tool's body template; blank for no body.</summary>
public sealed record SetHttpBody(string ToolId, string? Body) : DesignEdit(ToolId);

/// <summary>Sets the command that starts an MCP server over stdio.</summary>
public sealed record SetMcpCommand(string ToolId, string? Command) : DesignEdit(ToolId);

/// <summary>Sets the MCP server command's arguments; null for none.</summary>
public sealed record SetMcpArguments(string ToolId, IReadOnlyList<string>? Arguments) : DesignEdit(ToolId);

/// <summary>Sets the MCP server's environment variables; null for none.</summary>
public sealed record SetMcpEnvironment(string ToolId, IReadOnlyDictionary<string, string>? Environment) : DesignEdit(ToolId);

/// <summary>Sets the URL of an MCP server over HTTP; blank for none.</summary>
public sealed record SetMcpUrl(string ToolId, string? Url) : DesignEdit(ToolId);

/// <summary>Sets the headers sent to an MCP server over HTTP; null for none.</summary>
public sealed record SetMcpHeaders(string ToolId, IReadOnlyDictionary<string, string>? Headers) : DesignEdit(ToolId);

/// <summary>Limits an MCP server to these tools; null for every tool it lists.</summary>
public sealed record SetMcpToolFilter(string ToolId, IReadOnlyList<string>? AllowedTools) : DesignEdit(ToolId);
