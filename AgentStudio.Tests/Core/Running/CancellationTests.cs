using System.Diagnostics;
using AgentStudio.Core.Running;
using AgentStudio.Core.Running.Events;
using AgentStudio.Core.Running.Tracing;
using AgentStudio.Tests.Fakes;
using static AgentStudio.Tests.Core.Running.RunDesigns;

namespace AgentStudio.Tests.Core.Running;

/// <summary>Cancellation stops the model stream and pending tools promptly and ends the run as cancelled.</summary>
public sealed class CancellationTests
{
    [Fact]
    public async Task CancellingMidStream_EndsTheRunAsCancelled_WithinASecond()
    {
        var longAnswer = string.Join(" ", Enumerable.Repeat("word", 400));
        var harness = new RunHarness(Design([Agent("triage", "TriageAgent")]), $$"""{ "agents": { "TriageAgent": [ { "text": "{{longAnswer}}", "delayMs": 50 } ] } }""");
        await using var run = harness.Runner.Start(harness.Design, "talk", cancellationToken: TestContext.Current.CancellationToken);
        var events = new List<RunEvent>();
        var stopwatch = new Stopwatch();

        await foreach (var runEvent in run.ReadEventsAsync(TestContext.Current.CancellationToken))
        {
            events.Add(runEvent);
            if (events.OfType<TextDeltaEvent>().Count() == 3)
            {
                stopwatch.Start();
                run.Cancel();
            }
        }

        var result = await run.Completion;
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(1), $"the run took {stopwatch.Elapsed} to stop");
        Assert.Equal(RunStatus.Cancelled, result.Status);
        Assert.IsType<RunCancelledEvent>(events[^1]);
        Assert.Equal(SpanStatus.Cancelled, result.Trace.Spans.Single(s => s.Kind == SpanKind.Generation).Status);
        Assert.True(harness.Model.Calls.Single().CancellationToken.IsCancellationRequested, "the model call did not get the run's token");
    }

    [Fact]
    public async Task CancellingWhileToolsRun_StopsThemAndEndsAsCancelled()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var stuck = new FakeTool("stuck", async (_, ct) => { started.SetResult(); await Task.Delay(Timeout.Infinite, ct); return "never"; });
        var harness = new RunHarness(WithTools(Agent("triage", "TriageAgent"), "stuck"), """{ "agents": { "TriageAgent": [ { "toolCalls": [ { "name": "stuck" } ] } ] } }""", stuck);
        await using var run = harness.Runner.Start(harness.Design, "go", cancellationToken: TestContext.Current.CancellationToken);

        await started.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        run.Cancel();
        var result = await run.Completion.WaitAsync(TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken);

        Assert.Equal(RunStatus.Cancelled, result.Status);
        Assert.Equal(SpanStatus.Cancelled, result.Trace.Spans.Single(s => s.Kind == SpanKind.Function).Status);
    }
}
