namespace AgentStudio.Benchmarks.Api;

/// <summary>Request latencies, gathered from concurrent clients; percentiles by the nearest-rank method. Thread-safe.</summary>
internal sealed class LatencyLog
{
    private readonly List<double> _milliseconds = [];
    private readonly Lock _lock = new();

    /// <summary>How many requests were recorded.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _milliseconds.Count;
            }
        }
    }

    /// <summary>Records one request's latency.</summary>
    public void Add(TimeSpan latency)
    {
        lock (_lock)
        {
            _milliseconds.Add(latency.TotalMilliseconds);
        }
    }

    /// <summary>Forgets every latency recorded so far.</summary>
    public void Clear()
    {
        lock (_lock)
        {
            _milliseconds.Clear();
        }
    }

    /// <summary>The latency (ms) that <paramref name="percent"/>% of requests took at most.</summary>
    /// <exception cref="InvalidOperationException">Nothing was recorded.</exception>
    public double Percentile(double percent)
    {
        lock (_lock)
        {
            if (_milliseconds.Count == 0)
            {
                throw new InvalidOperationException("No request latencies were recorded.");
            }

            var sorted = _milliseconds.Order().ToArray();
            var rank = (int)Math.Ceiling(percent / 100 * sorted.Length);
            return sorted[Math.Clamp(rank, 1, sorted.Length) - 1];
        }
    }
}
