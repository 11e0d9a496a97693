using System.Net;
using System.Net.WebSockets;

namespace AgentStudio.Tests.Security;

/// <summary>
/// The real app refuses foreign host names (DNS rebinding) and foreign origins (a page elsewhere driving the
/// hub or the endpoints), while the browser on this machine, curl and the CLI still get through.
/// </summary>
[Collection(SecurityAppCollection.Name)]
public sealed class HostOriginTests(LoopbackAppFixture fixture) : IClassFixture<LoopbackAppFixture>
{
    private const string ForeignOrigin = "http://attacker.example";

    private string OwnOrigin => fixture.App.BaseAddress.GetLeftPart(UriPartial.Authority);

    [Fact]
    public async Task ForeignHostName_Gets400_WithNoPageContent()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var http = NewClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Host = "attacker.example";

        using var response = await http.SendAsync(request, cancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        Assert.DoesNotContain("AgentStudio", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("blazor", body, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("localhost")]
    public async Task OwnHostNames_Get200(string hostName)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var http = NewClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Host = $"{hostName}:{fixture.App.BaseAddress.Port}";

        using var response = await http.SendAsync(request, cancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("AgentStudio", await response.Content.ReadAsStringAsync(cancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hub_RefusesAForeignOrigin_OnNegotiateAndWebSocket_AndAcceptsItsOwn()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var http = NewClient();

        using var foreignNegotiate = await BlazorHub.NegotiateAsync(http, ForeignOrigin, cancellationToken);
        using var ownNegotiate = await BlazorHub.NegotiateAsync(http, OwnOrigin, cancellationToken);
        var token = await BlazorHub.ConnectionTokenAsync(ownNegotiate, cancellationToken);
        var (foreignSocket, foreignRefused) = await BlazorHub.ConnectAsync(fixture.App.BaseAddress, token, ForeignOrigin, cancellationToken);
        var (ownSocket, ownRefused) = await BlazorHub.ConnectAsync(fixture.App.BaseAddress, token, OwnOrigin, cancellationToken);

        using (foreignSocket)
        using (ownSocket)
        {
            Assert.Equal(HttpStatusCode.Forbidden, foreignNegotiate.StatusCode);
            Assert.NotNull(foreignRefused);
            Assert.Equal(HttpStatusCode.Forbidden, foreignSocket.HttpStatusCode);
            Assert.Null(ownRefused);
            Assert.Equal(WebSocketState.Open, ownSocket.State);
            await ownSocket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", cancellationToken);
        }
    }

    [Fact]
    public async Task Endpoints_RefuseAForeignOrigin_AndServeNoOriginOrTheirOwn()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var http = NewClient();
        // An unknown design: the answer is 404 once past the origin check, which is what tells them apart.
        var export = $"/designs/{Guid.NewGuid()}/export";

        using var foreign = await GetAsync(http, export, ForeignOrigin, cancellationToken);
        using var nullOrigin = await GetAsync(http, export, "null", cancellationToken);
        using var own = await GetAsync(http, export, OwnOrigin, cancellationToken);
        using var none = await GetAsync(http, export, origin: null, cancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, nullOrigin.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, own.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, none.StatusCode);
    }

    [Fact]
    public async Task APost_WithAForeignOrigin_IsRefused()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var http = NewClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/account/sign-out");
        request.Headers.Add("Origin", ForeignOrigin);

        using var response = await http.SendAsync(request, cancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Cross-origin requests are refused.", await response.Content.ReadAsStringAsync(cancellationToken));
    }

    private HttpClient NewClient() => new(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = fixture.App.BaseAddress };

    private static async Task<HttpResponseMessage> GetAsync(HttpClient http, string path, string? origin, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        return await http.SendAsync(request, cancellationToken);
    }
}
