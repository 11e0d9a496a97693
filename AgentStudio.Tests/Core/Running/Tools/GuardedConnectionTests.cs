using System.Net;
using System.Net.Sockets;
using AgentStudio.Core.Running.Tools;

namespace AgentStudio.Tests.Core.Running.Tools;

/// <summary>The tools' connect step checks the addresses it is about to connect to, whatever DNS said before.</summary>
public sealed class GuardedConnectionTests : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly HttpClient _client = new(new SocketsHttpHandler { ConnectCallback = GuardedConnection.ConnectAsync }) { Timeout = TimeSpan.FromSeconds(20) };
    private int _accepted;

    public GuardedConnectionTests()
    {
        _listener.Start();
        _ = AnswerAsync();
    }

    private Uri Address => new($"http://localhost:{((IPEndPoint)_listener.LocalEndpoint).Port}/");

    // Answers and counts every connection, one after another in the order they arrived.
    private async Task AnswerAsync()
    {
        try
        {
            while (true)
            {
                using var connection = await _listener.AcceptTcpClientAsync();
                Interlocked.Increment(ref _accepted);
                var stream = connection.GetStream();
                var buffer = new byte[4096];
                if (await stream.ReadAsync(buffer) > 0)
                {
                    await stream.WriteAsync("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok"u8.ToArray());
                }
            }
        }
        catch (Exception e) when (e is ObjectDisposedException or SocketException or IOException)
        {
            // The test ended and stopped the listener.
        }
    }

    [Fact]
    public async Task AConnectionThatReachesLoopback_IsRefused_UnlessTheRequestAllowsIt()
    {
        using var refused = new HttpRequestMessage(HttpMethod.Get, Address);
        var error = await Assert.ThrowsAsync<HttpRequestException>(() => _client.SendAsync(refused, TestContext.Current.CancellationToken));
        Assert.Contains("127.0.0.1, a loopback address", error.Message + error.InnerException?.Message, StringComparison.Ordinal);

        using var allowed = new HttpRequestMessage(HttpMethod.Get, Address);
        allowed.Options.Set(GuardedConnection.AllowPrivateNetworks, true);
        using var response = await _client.SendAsync(allowed, TestContext.Current.CancellationToken);
        Assert.Equal("ok", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ANameThatResolvesToLoopback_IsRefusedBeforeAnyConnectionIsMade()
    {
        using var refused = new HttpRequestMessage(HttpMethod.Get, Address);
        var error = await Assert.ThrowsAsync<HttpRequestException>(() => _client.SendAsync(refused, TestContext.Current.CancellationToken));
        Assert.Contains("a loopback address", error.Message + error.InnerException?.Message, StringComparison.Ordinal);

        // The listener accepts in arrival order, so once the allowed request is answered a connection made for the
        // refused one would have been counted too: a port scan through DNS rebinding would see the port open.
        using var allowed = new HttpRequestMessage(HttpMethod.Get, Address);
        allowed.Options.Set(GuardedConnection.AllowPrivateNetworks, true);
        using var response = await _client.SendAsync(allowed, TestContext.Current.CancellationToken);
        Assert.Equal("ok", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(1, Volatile.Read(ref _accepted));
    }

    public void Dispose()
    {
        _client.Dispose();
        _listener.Stop();
        _listener.Dispose();
    }
}
