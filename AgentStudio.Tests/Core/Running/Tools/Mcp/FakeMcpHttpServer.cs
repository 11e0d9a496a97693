using System.Text.Json.Nodes;

namespace AgentStudio.Tests.Core.Running.Tools.Mcp;

/// <summary>
/// A Streamable HTTP MCP server on 127.0.0.1 with one tool, <c>echo</c>, answering JSON-RPC with plain JSON
/// responses: just enough of the 2025-11-25 protocol for the SDK's client to list and call tools (newer methods,
/// such as the <c>server/discover</c> probe, are answered "method not found"), and a record of what it received.
/// </summary>
internal sealed class FakeMcpHttpServer : IAsyncDisposable
{
    private readonly LocalHttpServer _server = new(Answer);

    /// <summary>The MCP endpoint's URL.</summary>
    public string Url => _server.BaseUrl + "mcp";

    /// <summary>Every HTTP request the server received.</summary>
    public IReadOnlyCollection<ReceivedRequest> Received => _server.Received;

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private static ServerReply Answer(ReceivedRequest request)
    {
        if (request.Method != "POST")
        {
            // No standalone server-to-client stream: the client then only posts.
            return new ServerReply(request.Method == "DELETE" ? 200 : 405, "");
        }

        var message = JsonNode.Parse(request.Body)!.AsObject();
        if (message["id"] is not { } id)
        {
            return new ServerReply(202, "");
        }

        JsonNode? result = (string?)message["method"] switch
        {
            "initialize" => new JsonObject
            {
                ["protocolVersion"] = message["params"]?["protocolVersion"]?.DeepClone(),
                ["capabilities"] = new JsonObject { ["tools"] = new JsonObject() },
                ["serverInfo"] = new JsonObject { ["name"] = "fake", ["version"] = "1.0" },
            },
            "tools/list" => JsonNode.Parse("""
                { "tools": [ { "name": "echo", "description": "Echoes its text.", "inputSchema": { "type": "object", "properties": { "text": { "type": "string" } } } } ] }
                """)!,
            "tools/call" => new JsonObject
            {
                ["content"] = new JsonArray(new JsonObject { ["type"] = "text", ["text"] = $"echo: {message["params"]?["arguments"]?["text"]}" }),
            },
            _ => null,
        };
        var response = new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id.DeepClone() };
        response[result is null ? "error" : "result"] = result ?? new JsonObject { ["code"] = -32601, ["message"] = "Method not found" };
        return new ServerReply(200, response.ToJsonString(), "application/json");
    }
}
