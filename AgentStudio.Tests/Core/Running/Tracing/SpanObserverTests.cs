using System.Collections.Concurrent;
using AgentStudio.Core.Designs;
using AgentStudio.Core.Running;
using static AgentStudio.Tests.Core.Running.RunDesigns;

namespace AgentStudio.Tests.Core.Running.Tracing;

/// <summary>A run's span observer, given in its options, sees every span start and end from the first one on.</summary>
public sealed class SpanObserverTests
{
    private static DesignDocument WithLookup() => Design(
        [Agent("a-triage", "TriageAgent")],
        [new ToolEdge { Id = "e-lookup", From = "a-triage", To = "t-lookup" }],
        [new MockTool { Id = "t-lookup", Name = "lookup", Description = "Looks up", Response = "found" }],
        entry: "a-triage");

    [Fact]
    public async Task TheObserver_SeesEverySpanOpenThenEnded_StartingWithTheRunsFirstSpan()
    {
        var harness = new RunHarness(WithLookup(), """
            { "agents": { "TriageAgent": [ { "toolCalls": [ { "name": "lookup" } ] }, { "text": "Found it." } ] } }
            """);
        var seen = new ConcurrentQueue<(string Id, bool Ended)>();

        var (_, result) = await harness.StreamAsync("look it up", new RunOptions { SpanChanged = s => seen.Enqueue((s.Id, s.EndedAt is not null)) });

        var spans = result.Trace.Spans;
        Assert.Equal((spans[0].Id, false), seen.First());
        Assert.Equal(2 * spans.Count, seen.Count);
        Assert.All(spans, span => Assert.Equal([false, true], seen.Where(s => s.Id == span.Id).Select(s => s.Ended)));
    }
}
