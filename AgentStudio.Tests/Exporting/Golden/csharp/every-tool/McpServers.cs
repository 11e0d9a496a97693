// AgentStudio export of revision 7 of the design "Every tool".
// Export again to update it, or edit it as your own code.

using Microsoft.Extensions.AI;
using ModelContextProtocol.Client;

namespace EveryTool;

/// <summary>The design's MCP servers, connected, with the tools each offers the agents.</summary>
internal sealed class McpServers : IAsyncDisposable
{
    private readonly List<McpClient> _clients = [];

    /// <summary>The tools of the MCP server files.</summary>
    public IReadOnlyList<AITool> Files { get; private set; } = [];

    /// <summary>The tools of the MCP server docs server.</summary>
    public IReadOnlyList<AITool> DocsServer { get; private set; } = [];

    /// <summary>Connects to every server and lists its tools; a server that cannot be reached fails the start.</summary>
    public static async Task<McpServers> ConnectAsync(CancellationToken cancellationToken = default)
    {
        var servers = new McpServers();
        try
        {
            servers.Files = await servers.ToolsAsync(
                new StdioClientTransport(new StdioClientTransportOptions
                {
                    Name = "files",
                    Command = "npx",
                    Arguments = ["-y", "@modelcontextprotocol/server-filesystem", "."],
                    // The server also inherits this program's environment; AgentStudio gives it only the platform's basic variables and these.
                    EnvironmentVariables = new Dictionary<string, string?>
                    {
                        ["FS_TOKEN"] = Secrets.Get("FS_TOKEN"),
                        ["MODE"] = "read {only}",
                    },
                }),
                ["read_file", "list_directory"],
                cancellationToken);
            servers.DocsServer = await servers.ToolsAsync(
                new HttpClientTransport(new HttpClientTransportOptions
                {
                    Name = "docs server",
                    Endpoint = new Uri("https://mcp.example.com/mcp"),
                    AdditionalHeaders = new Dictionary<string, string>
                    {
                        ["Authorization"] = $"Bearer {Secrets.Get("DOCS_TOKEN")}",
                    },
                }),
                null,
                cancellationToken);
            return servers;
        }
        catch
        {
            await servers.DisposeAsync();
            throw;
        }
    }

    /// <summary>Closes the connections and stops the servers this program started.</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients)
        {
            await client.DisposeAsync();
        }
    }

    // The tools come to the agent as the server describes them. AgentStudio gives the model the text of a tool's
    // result; here Agent Framework passes the whole MCP result to the model as JSON.
    private async Task<IReadOnlyList<AITool>> ToolsAsync(IClientTransport transport, string[]? allowed, CancellationToken cancellationToken)
    {
        var client = await McpClient.CreateAsync(transport, cancellationToken: cancellationToken);
        _clients.Add(client);
        var tools = await client.ListToolsAsync(cancellationToken: cancellationToken);
        return [.. tools.Where(t => allowed is null || allowed.Contains(t.Name))];
    }
}
