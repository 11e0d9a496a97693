using System.Collections.Concurrent;
using System.Diagnostics;
using AgentStudio.Core.Running;
using AgentStudio.Core.Running.Events;
using AgentStudio.Core.Running.Tracing;
using static AgentStudio.Tests.Core.Running.RunDesigns;

namespace AgentStudio.Tests.Core.Running;

/// <summary>Spans leave as OpenTelemetry GenAI activities; events serialize with run.md's type names.</summary>
public sealed class TelemetryAndEventJsonTests
{
    [Fact]
    public async Task Spans_AreEmittedAsActivities_WithGenAiConventions_NestedLikeTheTrace()
    {
        var stopped = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == AgentTelemetry.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = stopped.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        var harness = new RunHarness(SupportDesign(), """
            { "agents": { "TriageAgent": [ { "toolCalls": [ { "name": "transfer_to_billingagent" } ] } ], "BillingAgent": [ { "text": "Refunded." } ] } }
            """);

        var result = await harness.RunAsync("charged twice");

        // Other tests may run at the same time: keep this run's activities, which share its root's trace id.
        var root = result.Trace.RootActivity!;
        Assert.Equal("invoke_workflow", root.GetTagItem("gen_ai.operation.name"));
        var mine = stopped.Where(a => a.TraceId == root.TraceId).ToList();
        var triage = Assert.Single(mine, a => a.DisplayName == "invoke_agent TriageAgent");
        Assert.Equal("invoke_agent", triage.GetTagItem("gen_ai.operation.name"));
        Assert.Equal("TriageAgent", triage.GetTagItem("gen_ai.agent.name"));
        var chat = mine.First(a => a.DisplayName == "chat gpt-4o" && a.ParentSpanId == triage.SpanId);
        Assert.Equal(ActivityKind.Client, chat.Kind);
        Assert.Equal("gpt-4o", chat.GetTagItem("gen_ai.request.model"));
        Assert.NotNull(chat.GetTagItem("gen_ai.usage.input_tokens"));
        Assert.Contains(mine, a => a.DisplayName == "invoke_agent BillingAgent" && a.ParentSpanId == root.SpanId);
        Assert.Contains(mine, a => a.DisplayName == "invoke_workflow agentstudio_run");
    }

    [Fact]
    public void Events_SerializeWithTheirTypeFirst_AndRunMdNames()
    {
        RunEvent[] events =
        [
            new AgentUpdatedEvent { Agent = "A" },
            new TextDeltaEvent { Agent = "A", Delta = "Hi" },
            new MessageOutputCreatedEvent { Agent = "A", Text = "Hi" },
            new ToolCalledEvent { Agent = "A", CallId = "c", Tool = "t", Arguments = "{}" },
            new ToolOutputEvent { Agent = "A", CallId = "c", Tool = "t", Output = "o" },
            new HandoffRequestedEvent { Agent = "A", CallId = "c", Tool = "transfer_to_b", Target = "B" },
            new HandoffOccurredEvent { Agent = "A", Target = "B" },
            new ModelRetryEvent { Agent = "B", Attempt = 1, MaxRetries = 3, DelayMs = 60_000, Reason = "the server asked to wait (429 Too Many Requests)" },
            new RunCompletedEvent { Agent = "B", FinalOutput = "done", Usage = new RunUsage(1, 2, 3) },
            new RunFailedEvent { Agent = "B", ErrorKind = RunErrorKind.MaxTurnsExceeded, Message = "Max turns (1) exceeded", Usage = RunUsage.None },
            new RunCancelledEvent { Agent = "B", Usage = RunUsage.None },
        ];

        var lines = events.Select(RunEventJson.Serialize).ToList();

        Assert.Equal(
            ["agent_updated", "text_delta", "message_output_created", "tool_called", "tool_output", "handoff_requested", "handoff_occurred", "model_retry", "run_completed", "run_failed", "run_cancelled"],
            lines.Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("type").GetString()));
        Assert.All(lines, l => Assert.StartsWith("{\"type\":", l, StringComparison.Ordinal));
        Assert.Contains("\"errorKind\":\"max_turns_exceeded\"", lines[9], StringComparison.Ordinal);
        Assert.Contains("\"delayMs\":60000", lines[7], StringComparison.Ordinal);
        Assert.Contains("\"message\":\"retrying in 60 s (1 of 3): the server asked to wait (429 Too Many Requests)\"", lines[7], StringComparison.Ordinal);
        Assert.Equal([false, false, false, false, false, false, false, false, true, true, true], events.Select(e => e.IsTerminal));
    }
}
