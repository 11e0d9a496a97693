using System.Text.Json;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace AgentStudio.Core.Running.Tools.Mcp;

/// <summary>One tool of an MCP server, called through the server's connection.</summary>
internal sealed class McpServerTool(McpClientTool tool, string serverName) : IAgentTool
{
    public string Name => tool.Name;

    public string Description => tool.Description;

    public JsonElement ParametersSchema => tool.JsonSchema;

    // The SDK offers MCP tools as their servers describe them (convert_schemas_to_strict is off by default).
    public bool StrictSchema => false;

    public async Task<string> InvokeAsync(JsonElement arguments, ToolInvocationContext context, CancellationToken cancellationToken = default)
    {
        var values = arguments.ValueKind == JsonValueKind.Object
            ? arguments.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value.Clone(), StringComparer.Ordinal)
            : [];
        var result = await tool.CallAsync(values, cancellationToken: cancellationToken).ConfigureAwait(false);
        var text = string.Join("\n", result.Content.OfType<TextContentBlock>().Select(b => b.Text));
        if (text.Length == 0 && result.StructuredContent is { } structured)
        {
            text = structured.GetRawText();
        }

        return result.IsError == true
            ? throw new InvalidOperationException($"{serverName} reported an error: {text}")
            : text;
    }
}
