using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text.Json.Serialization;

namespace AgentStudio.Tests.Security;

/// <summary>Talks to the Blazor hub's transport as a page elsewhere would: a negotiate post, then the WebSocket.</summary>
internal static class BlazorHub
{
    /// <summary>Posts <c>/_blazor/negotiate</c> with the given Origin (none when null).</summary>
    public static async Task<HttpResponseMessage> NegotiateAsync(HttpClient http, string? origin, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/_blazor/negotiate?negotiateVersion=1");
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        return await http.SendAsync(request, cancellationToken);
    }

    /// <summary>The connection token of a successful negotiate response.</summary>
    public static async Task<string> ConnectionTokenAsync(HttpResponseMessage negotiated, CancellationToken cancellationToken)
    {
        Assert.Equal(HttpStatusCode.OK, negotiated.StatusCode);
        var body = await negotiated.Content.ReadFromJsonAsync<NegotiateResponse>(cancellationToken);
        return body?.ConnectionToken ?? throw new InvalidOperationException("The negotiate response has no connection token.");
    }

    /// <summary>Opens the hub's WebSocket with the given Origin; the socket keeps the handshake's status code.</summary>
    public static async Task<(ClientWebSocket Socket, WebSocketException? Refused)> ConnectAsync(Uri baseAddress, string connectionToken, string origin, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        socket.Options.SetRequestHeader("Origin", origin);
        socket.Options.CollectHttpResponseDetails = true;
        var uri = new Uri($"ws://{baseAddress.Authority}/_blazor?id={Uri.EscapeDataString(connectionToken)}");
        try
        {
            await socket.ConnectAsync(uri, cancellationToken);
            return (socket, null);
        }
        catch (WebSocketException refused)
        {
            return (socket, refused);
        }
    }

    private sealed record NegotiateResponse([property: JsonPropertyName("connectionToken")] string? ConnectionToken);
}
