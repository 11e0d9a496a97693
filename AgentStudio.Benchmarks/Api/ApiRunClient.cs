using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.ServerSentEvents;
using System.Text;
using System.Text.Json;

namespace AgentStudio.Benchmarks.Api;

/// <summary>
/// One client of the run API: its own connection, sending <c>POST /api/designs/{slug}/runs</c> one request after
/// another. Each request is timed from sending to its last byte read, and must end with the run completed.
/// </summary>
internal sealed class ApiRunClient(Uri baseAddress, string key, string slug) : IDisposable
{
    /// <summary>The request body: every agent runs on the simulated model (the template's own models need keys).</summary>
    public const string Body = """{"input":"I was charged twice for my subscription","model":"simulated"}""";

    /// <summary>The event that ends a completed run's stream.</summary>
    public const string CompletedEvent = "run_completed";

    private readonly HttpClient _http = NewClient(baseAddress, key);
    private readonly string _path = $"/api/designs/{Uri.EscapeDataString(slug)}/runs";

    /// <summary>Sends one request and waits for its whole answer; returns how long it took.</summary>
    /// <exception cref="InvalidOperationException">The answer was not a completed run.</exception>
    public async Task<TimeSpan> RunAsync(bool eventStream, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        using var request = new HttpRequestMessage(HttpMethod.Post, _path) { Content = new StringContent(Body, Encoding.UTF8, "application/json") };
        if (eventStream)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        }

        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        var status = eventStream ? await LastEventAsync(stream, cancellationToken) : await StatusAsync(stream, cancellationToken);
        var elapsed = Stopwatch.GetElapsedTime(started);
        var expected = eventStream ? CompletedEvent : "completed";
        if (!response.IsSuccessStatusCode || status != expected)
        {
            throw new InvalidOperationException($"POST {_path} answered {(int)response.StatusCode} with {(eventStream ? "last event" : "status")} \"{status}\" instead of \"{expected}\": the benchmark did not measure completed runs.");
        }

        return elapsed;
    }

    public void Dispose() => _http.Dispose();

    private static async Task<string?> StatusAsync(Stream stream, CancellationToken cancellationToken)
    {
        using var json = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
        return json.RootElement.TryGetProperty("status", out var status) ? status.GetString()
            : json.RootElement.TryGetProperty("error", out var error) ? $"error: {error}" : null;
    }

    private static async Task<string?> LastEventAsync(Stream stream, CancellationToken cancellationToken)
    {
        string? last = null;
        await foreach (var item in SseParser.Create(stream).EnumerateAsync(cancellationToken))
        {
            last = item.EventType;
        }

        return last;
    }

    private static HttpClient NewClient(Uri baseAddress, string key)
    {
        var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1 }) { BaseAddress = baseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }
}
