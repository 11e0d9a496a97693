using AgentStudio.Core.Running.Tools;

namespace AgentStudio.Tests.Core.Running.Tools;

/// <summary>The client given to code that builds its own requests (the MCP SDK) is guarded as the tools' own client is.</summary>
public sealed class GuardedHttpTests
{
    [Fact]
    public async Task AClientForOthersRequests_RefusesLoopbackBeforeConnecting()
    {
        await using var server = new LocalHttpServer(_ => new ServerReply(200, "ok"));
        using var client = GuardedHttp.CreateClient(new OutboundHttpOptions());

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync(server.BaseUrl, TestContext.Current.CancellationToken));

        Assert.Contains("127.0.0.1, a loopback address", error.Message + error.InnerException?.Message, StringComparison.Ordinal);
        Assert.Empty(server.Received);
    }

    [Fact]
    public async Task AClientForOthersRequests_ReachesLoopback_WhenPrivateNetworksAreAllowed()
    {
        await using var server = new LocalHttpServer(_ => new ServerReply(200, "ok"));
        using var client = GuardedHttp.CreateClient(new OutboundHttpOptions { AllowPrivateNetworks = true });

        var body = await client.GetStringAsync(server.BaseUrl, TestContext.Current.CancellationToken);

        Assert.Equal("ok", body);
    }
}
