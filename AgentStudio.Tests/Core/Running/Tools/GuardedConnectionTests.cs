using System.Net;
using System.Net.Sockets;
using AgentStudio.Core.Running.Tools;

namespace AgentStudio.Tests.Core.Running.Tools;

/// <summary>The tools' connect step refuses a private address reached at connect time, whatever DNS said before.</summary>
public sealed class GuardedConnectionTests : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly HttpClient _client = new(new SocketsHttpHandler { ConnectCallback = GuardedConnection.ConnectAsync }) { Timeout = TimeSpan.FromSeconds(20) };

    public GuardedConnectionTests()
    {
        _listener.Start();
        _ = AnswerAsync();
    }

    private Uri Address => new($"http://localhost:{((IPEndPoint)_listener.LocalEndpoint).Port}/");

    // Answers every connection: the refused request is accepted by TCP too, before the guard closes it.
    private async Task AnswerAsync()
    {
        try
        {
            while (true)
            {
                using var connection = await _listener.AcceptTcpClientAsync();
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

    public void Dispose()
    {
        _client.Dispose();
        _listener.Stop();
        _listener.Dispose();
    }
}
