using AgentStudio.Core.Designs;
using AgentStudio.Core.Running;
using AgentStudio.Core.Running.Tools;
using AgentStudio.Core.Running.Tools.Mcp;
using static AgentStudio.Tests.Core.Running.Tools.ToolTest;

namespace AgentStudio.Tests.Core.Running.Tools.Mcp;

/// <summary>MCP servers reached by URL pass the same outbound guard as <c>http</c> tools.</summary>
public sealed class McpToolSetHttpTests
{
    [Fact]
    public async Task AServerOnLoopback_IsRefusedWithoutARequest_UnlessPrivateNetworksAreAllowed()
    {
        await using var server = new FakeMcpHttpServer();
        await using var tools = new McpToolSet(new McpTool { Id = "remote", Name = "remote", Url = server.Url });

        var error = await Assert.ThrowsAsync<RunException>(() => tools.ListToolsAsync(new ToolServices(), TestContext.Current.CancellationToken));

        Assert.Equal(RunErrorKind.UserError, error.Kind);
        Assert.Contains("MCP server remote", error.Message, StringComparison.Ordinal);
        Assert.Contains("127.0.0.1 is a loopback address", error.Message, StringComparison.Ordinal);
        Assert.Contains("AgentStudio:Tools:AllowPrivateNetworks", error.Message, StringComparison.Ordinal);
        Assert.Empty(server.Received);
    }

    [Fact]
    public async Task AServerNamedByAHostThatResolvesToLoopback_IsRefusedWithoutARequest()
    {
        await using var server = new FakeMcpHttpServer();
        var url = new UriBuilder(server.Url) { Host = "localhost" }.Uri.ToString();
        await using var tools = new McpToolSet(new McpTool { Id = "remote", Name = "remote", Url = url });

        var error = await Assert.ThrowsAsync<RunException>(() => tools.ListToolsAsync(new ToolServices(), TestContext.Current.CancellationToken));

        Assert.Contains("localhost resolves to 127.0.0.1, a loopback address", error.Message, StringComparison.Ordinal);
        Assert.Empty(server.Received);
    }

    [Fact]
    public async Task AServerOnLoopback_IsListedAndCalled_WhenPrivateNetworksAreAllowed()
    {
        await using var server = new FakeMcpHttpServer();
        await using var tools = new McpToolSet(new McpTool
        {
            Id = "remote",
            Name = "remote",
            Url = server.Url,
            Headers = new Dictionary<string, string> { ["Authorization"] = "Bearer ${secret:MCP_TOKEN}" },
        });
        var services = LocalServices(new FakeSecrets(("MCP_TOKEN", "tok-1")));

        var listed = await tools.ListToolsAsync(services, TestContext.Current.CancellationToken);
        var echo = Assert.Single(listed);
        var output = await InvokeAsync(echo, """{"text":"hi"}""", services);

        Assert.Equal("echo", echo.Name);
        Assert.Equal("echo: hi", output);
        Assert.All(server.Received.Where(r => r.Method == "POST"), r => Assert.Equal("Bearer tok-1", r.Header("Authorization")));
    }
}
