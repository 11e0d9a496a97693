using System.Diagnostics;
using System.Net;
using System.Text.Json;
using AgentStudio.Core.Designs;
using AgentStudio.Core.Running.Tools;
using AgentStudio.Core.Running.Tools.Builtin;
using static AgentStudio.Tests.Core.Running.Tools.ToolTest;

namespace AgentStudio.Tests.Core.Running.Tools;

public sealed class HttpGetToolTests
{
    private const string Allow = "; set AgentStudio:Tools:AllowPrivateNetworks to allow it.";

    private static readonly IAgentTool HttpGet = BuiltinTools.Create(new BuiltinTool { Id = "get", Name = "http_get" });

    [Theory]
    [InlineData("http://127.0.0.1:8080/", "http_get refuses http://127.0.0.1:8080/: 127.0.0.1 is a loopback address" + Allow)]
    [InlineData("http://[::1]:8080/x", "http_get refuses http://[::1]:8080/x: ::1 is a loopback address" + Allow)]
    [InlineData("http://10.0.0.1/", "http_get refuses http://10.0.0.1/: 10.0.0.1 is a private network address (10.0.0.0/8)" + Allow)]
    [InlineData("http://169.254.169.254/latest/meta-data/", "http_get refuses http://169.254.169.254/latest/meta-data/: 169.254.169.254 is a link-local address (169.254.0.0/16)" + Allow)]
    [InlineData("http://[::ffff:192.168.0.1]/", "http_get refuses http://[::ffff:192.168.0.1]/: ::ffff:192.168.0.1 is a private network address (192.168.0.0/16) (IPv4-mapped)" + Allow)]
    [InlineData("http://2130706433/", "http_get refuses http://127.0.0.1/: 127.0.0.1 is a loopback address" + Allow)]
    [InlineData("file:///etc/passwd", "http_get refuses file:///etc/passwd: only http and https URLs are allowed.")]
    [InlineData("ftp://example.com/a", "http_get refuses ftp://example.com/a: only http and https URLs are allowed.")]
    [InlineData("not a url", "http_get needs an absolute http or https URL, not 'not a url'.")]
    public async Task RefusesNonPublicAndNonHttpUrls(string url, string message)
    {
        var handler = new StubHandler(_ => new HttpResponseMessage(HttpStatusCode.OK));
        var error = await Assert.ThrowsAnyAsync<Exception>(() => GetAsync(url, new ToolServices { Http = new HttpClient(handler) }));

        Assert.Equal(message, error.Message);
        Assert.Empty(handler.Sent);
    }

    [Fact]
    public async Task RefusesHostNamesThatResolveToPrivateAddresses()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => GetAsync("http://localhost:8080/"));
        Assert.StartsWith("http_get refuses http://localhost:8080/: localhost resolves to ", error.Message, StringComparison.Ordinal);
        Assert.EndsWith(", a loopback address" + Allow, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefusesARedirectToAPrivateAddress()
    {
        var handler = new StubHandler(request => new HttpResponseMessage(HttpStatusCode.Found) { Headers = { Location = new Uri("http://127.0.0.1/admin") } });

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => GetAsync("http://93.184.216.34/start", new ToolServices { Http = new HttpClient(handler) }));

        Assert.Equal("http_get refuses http://127.0.0.1/admin: 127.0.0.1 is a loopback address" + Allow, error.Message);
        Assert.Single(handler.Sent);
    }

    [Fact]
    public async Task RefusesWhatAClientThatFollowsRedirectsItselfEndedUpAt()
    {
        var handler = new StubHandler(request => new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent("internal secrets"),
            RequestMessage = new HttpRequestMessage(HttpMethod.Get, "http://10.1.2.3/"),
        });

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => GetAsync("http://93.184.216.34/", new ToolServices { Http = new HttpClient(handler) }));

        Assert.Equal("http_get refuses http://10.1.2.3/: 10.1.2.3 is a private network address (10.0.0.0/8)" + Allow, error.Message);
    }

    [Fact]
    public async Task FollowsRedirectsBetweenPublicAddresses()
    {
        var handler = new StubHandler(request => request.RequestUri!.AbsolutePath == "/start"
            ? new HttpResponseMessage(HttpStatusCode.MovedPermanently) { Headers = { Location = new Uri("/next?x=1", UriKind.Relative) } }
            : new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("arrived") });

        Assert.Equal("arrived", await GetAsync("http://93.184.216.34/start", new ToolServices { Http = new HttpClient(handler) }));
        Assert.Equal(["http://93.184.216.34/start", "http://93.184.216.34/next?x=1"], handler.Sent.Select(s => s.Url.ToString()));
    }

    [Fact]
    public async Task StopsAfterFiveRedirects()
    {
        var handler = new StubHandler(request => new HttpResponseMessage(HttpStatusCode.TemporaryRedirect) { Headers = { Location = request.RequestUri } });

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => GetAsync("http://93.184.216.34/loop", new ToolServices { Http = new HttpClient(handler) }));

        Assert.Equal("http_get stopped at http://93.184.216.34/loop: it redirected more than 5 times.", error.Message);
        Assert.Equal(6, handler.Sent.Count);
    }

    [Fact]
    public async Task ReturnsTheBody()
    {
        await using var server = new LocalHttpServer(request => new ServerReply(200, $"{request.Method} {request.RawUrl} héllo"));

        Assert.Equal("GET /page?q=1 héllo", await GetAsync(server.BaseUrl + "page?q=1", LocalServices()));
        Assert.Equal("AgentStudio", Assert.Single(server.Received).Header("User-Agent"));
    }

    [Fact]
    public async Task ReturnsTheStatusOfAFailure()
    {
        await using var server = new LocalHttpServer(_ => new ServerReply(404, "no such page"));

        Assert.Equal("HTTP 404\nno such page", await GetAsync(server.BaseUrl + "missing", LocalServices()));
    }

    [Fact]
    public async Task CutsOffLargeBodies()
    {
        await using var server = new LocalHttpServer(request => new ServerReply(200, request.RawUrl == "/big" ? "0123456789ABCDEF" : "0123456789"));
        var services = LocalServices(maxResponseBytes: 10);

        Assert.Equal("0123456789\n[truncated after 10 bytes]", await GetAsync(server.BaseUrl + "big", services));
        Assert.Equal("0123456789", await GetAsync(server.BaseUrl + "exact", services));
    }

    [Fact]
    public async Task GivesUpAfterTheTimeout()
    {
        await using var server = new LocalHttpServer(async (_, stop) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(10), stop);
            return new ServerReply(200, "too late");
        });
        var clock = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<TimeoutException>(() => GetAsync(server.BaseUrl + "slow", LocalServices(timeoutMs: 200)));

        Assert.Equal($"http_get timed out after 200 ms waiting for {server.BaseUrl}slow; AgentStudio:Tools:Timeout sets the limit.", error.Message);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task SaysWhenTheServerCannotBeReached()
    {
        var url = $"http://127.0.0.1:{ClosedPort()}/";

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => GetAsync(url, LocalServices()));

        Assert.StartsWith($"http_get could not reach {url}: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheUrlIsRequired()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => InvokeAsync(HttpGet, "{}"));
        Assert.Equal("the required argument 'url' is missing.", error.Message);
    }

    private static int ClosedPort()
    {
        using var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private static Task<string> GetAsync(string url, ToolServices? services = null) =>
        InvokeAsync(HttpGet, JsonSerializer.Serialize(new { url }), services);
}
