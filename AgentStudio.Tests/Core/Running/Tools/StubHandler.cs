using System.Collections.Concurrent;

namespace AgentStudio.Tests.Core.Running.Tools;

/// <summary>
/// An HTTP handler answering from a function, for what a real local server cannot show: redirects from a
/// public address to a private one.
/// </summary>
internal sealed class StubHandler(Func<HttpRequestMessage, HttpResponseMessage> answer) : HttpMessageHandler
{
    /// <summary>Each request's method, URL and headers, in order.</summary>
    public ConcurrentQueue<(HttpMethod Method, Uri Url, Dictionary<string, string> Headers)> Sent { get; } = new();

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var headers = request.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase);
        Sent.Enqueue((request.Method, request.RequestUri!, headers));
        var response = answer(request);
        response.RequestMessage ??= request;
        return Task.FromResult(response);
    }
}
