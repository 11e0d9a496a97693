using System.Diagnostics;
using AgentStudio.Benchmarks.Api;
using BenchmarkDotNet.Attributes;

namespace AgentStudio.Benchmarks;

/// <summary>
/// <c>POST /api/designs/{slug}/runs</c> of the customer-support template on the simulated model with no chunk delay,
/// over real HTTP to the app in this process (<see cref="ApiBenchmarkApp"/>): the finished run as JSON, and the run
/// events as Server-Sent Events. Each operation is one request: an invocation sends <see cref="BatchSize"/> requests
/// split evenly across <see cref="Clients"/> concurrent clients, so the reported mean is wall time per request and
/// 1 s / mean is requests per second. Every request must end with its run completed, or the benchmark stops.
/// </summary>
/// <remarks>
/// BenchmarkDotNet reports times per batch, not per request; each request's own latency is recorded and the cleanup
/// prints p50 and p99 (see the README for what they cover).
/// </remarks>
[MemoryDiagnoser]
public class ApiRunBenchmarks
{
    /// <summary>Requests per invocation, split across the clients.</summary>
    public const int BatchSize = 64;

    private readonly LatencyLog _latencies = new();
    private ApiBenchmarkApp _app = null!;
    private ApiRunClient[] _clients = [];
    private TimeSpan _batchTime;
    private int _batches;

    /// <summary>Concurrent clients, each with its own connection, each sending its requests one after another.</summary>
    [Params(1, 32)]
    public int Clients { get; set; }

    /// <summary>Starts the app, then sends one batch of each kind (warm-up and proof of work) before anything is measured.</summary>
    /// <exception cref="InvalidOperationException">A request did not complete its run; the benchmark stops here.</exception>
    [GlobalSetup]
    public async Task SetupAsync()
    {
        if (BatchSize % Clients != 0)
        {
            throw new InvalidOperationException($"{BatchSize} requests cannot be split evenly across {Clients} clients.");
        }

        _app = await ApiBenchmarkApp.StartAsync();
        _clients = [.. Enumerable.Range(0, Clients).Select(_ => new ApiRunClient(_app.BaseAddress, _app.Key, _app.Slug))];
        await SendBatchAsync(eventStream: false);
        await SendBatchAsync(eventStream: true);
        _latencies.Clear();
        (_batchTime, _batches) = (TimeSpan.Zero, 0);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = BatchSize, Description = "POST runs, JSON")]
    public Task Json() => SendBatchAsync(eventStream: false);

    [Benchmark(OperationsPerInvoke = BatchSize, Description = "POST runs, SSE")]
    public Task EventStream() => SendBatchAsync(eventStream: true);

    [GlobalCleanup(Target = nameof(Json))]
    public Task CleanupJsonAsync() => CleanupAsync("JSON");

    [GlobalCleanup(Target = nameof(EventStream))]
    public Task CleanupEventStreamAsync() => CleanupAsync("SSE");

    /// <summary>Sends one batch; each client's requests go one after another, the clients at once.</summary>
    internal async Task SendBatchAsync(bool eventStream)
    {
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(_clients.Select(client => SendAllAsync(client, BatchSize / Clients, eventStream)));
        _batchTime += Stopwatch.GetElapsedTime(started);
        _batches++;
    }

    /// <summary>The latencies recorded since the setup.</summary>
    internal LatencyLog Latencies => _latencies;

    private async Task SendAllAsync(ApiRunClient client, int requests, bool eventStream)
    {
        for (var i = 0; i < requests; i++)
        {
            _latencies.Add(await client.RunAsync(eventStream));
        }
    }

    private async Task CleanupAsync(string kind)
    {
        try
        {
            var expected = _batches * BatchSize;
            if (_latencies.Count != expected)
            {
                throw new InvalidOperationException($"{_batches} batches recorded {_latencies.Count} completed requests instead of {expected}.");
            }

            if (expected > 0)
            {
                // One line per case, in the console and so in BenchmarkDotNet's log in its artifacts folder.
                Console.WriteLine(
                    $"ApiRun {kind}, {Clients} client(s): {expected} completed requests in {_batches} batches; " +
                    $"{expected / _batchTime.TotalSeconds:F0} requests/s; latency p50 {_latencies.Percentile(50):F2} ms, p99 {_latencies.Percentile(99):F2} ms");
            }
        }
        finally
        {
            foreach (var client in _clients)
            {
                client.Dispose();
            }

            await _app.DisposeAsync();
        }
    }
}
