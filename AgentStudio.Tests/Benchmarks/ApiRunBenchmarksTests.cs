using AgentStudio.Benchmarks;
using AgentStudio.Benchmarks.Api;

namespace AgentStudio.Tests.Benchmarks;

/// <summary>
/// The run API benchmark measures completed runs: its setup, one batch of each case and its cleanup pass with 1 and 32
/// clients, and a request that does not complete a run stops it.
/// </summary>
public sealed class ApiRunBenchmarksTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(32)]
    public async Task ApiRunBenchmarks_SendABatchOfEachKind_AllCompleted_AndPassTheirCleanupCheck(int clients)
    {
        var benchmarks = new ApiRunBenchmarks { Clients = clients };
        await benchmarks.SetupAsync();

        await benchmarks.Json();
        await benchmarks.EventStream();

        Assert.Equal(2 * ApiRunBenchmarks.BatchSize, benchmarks.Latencies.Count);
        Assert.True(benchmarks.Latencies.Percentile(50) <= benchmarks.Latencies.Percentile(99));
        await benchmarks.CleanupJsonAsync();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ARequestThatRunsNothing_FailsLoudly(bool eventStream)
    {
        await using var app = await ApiBenchmarkApp.StartAsync(TestContext.Current.CancellationToken);
        using var client = new ApiRunClient(app.BaseAddress, app.Key, "no-such-design");

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => client.RunAsync(eventStream, TestContext.Current.CancellationToken));

        Assert.Contains("answered 404", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(app.Key, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Percentiles_AreNearestRank()
    {
        var log = new LatencyLog();
        foreach (var ms in Enumerable.Range(1, 100))
        {
            log.Add(TimeSpan.FromMilliseconds(ms));
        }

        Assert.Equal((50, 99, 100), (log.Percentile(50), log.Percentile(99), log.Percentile(100)));
    }
}
