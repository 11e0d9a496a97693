using AgentStudio.Core.Designs;
using AgentStudio.Core.Running;
using AgentStudio.Core.Running.Compilation;
using AgentStudio.Core.Running.Events;
using AgentStudio.Core.Running.Models;
using AgentStudio.Core.Running.Models.Scripted;
using AgentStudio.Core.Running.Tracing;
using AgentStudio.Tests.Fakes;

namespace AgentStudio.Tests.Core.Running;

/// <summary>Runs a design on a script, streaming or not, and keeps what a test asserts on: events, result, calls.</summary>
internal sealed class RunHarness
{
    public RunHarness(DesignDocument design, string script, params FakeTool[] tools)
    {
        var compiled = DesignCompiler.Compile(design, new FakeToolFactory(tools));
        Assert.True(compiled.Succeeded, string.Join("\n", compiled.Problems));
        Design = compiled.Design!;
        Model = new RecordingChatClient(new ScriptedChatClient(ModelScript.Parse(script)));
        Runner = new AgentRunner(new SingleClientModelProvider(Model));
    }

    public CompiledDesign Design { get; }

    public RecordingChatClient Model { get; }

    public AgentRunner Runner { get; }

    /// <summary>Runs with streaming; returns every event and the result.</summary>
    public async Task<(IReadOnlyList<RunEvent> Events, RunResult Result)> StreamAsync(string input, RunOptions? options = null)
    {
        await using var run = Runner.Start(Design, input, options, TestContext.Current.CancellationToken);
        var events = new List<RunEvent>();
        await foreach (var runEvent in run.ReadEventsAsync(TestContext.Current.CancellationToken))
        {
            events.Add(runEvent);
        }

        return (events, await run.Completion);
    }

    public Task<RunResult> RunAsync(string input, RunOptions? options = null) =>
        Runner.RunAsync(Design, input, options, TestContext.Current.CancellationToken);

    /// <summary>The event types, with consecutive text deltas folded into one, for comparing sequences.</summary>
    public static IReadOnlyList<string> Sequence(IEnumerable<RunEvent> events)
    {
        var types = new List<string>();
        foreach (var runEvent in events)
        {
            var type = runEvent is AgentUpdatedEvent or HandoffOccurredEvent or HandoffRequestedEvent or ToolCalledEvent or ToolOutputEvent
                ? $"{runEvent.Type}:{Detail(runEvent)}"
                : runEvent.Type;
            if (type == RunEventTypes.TextDelta && types.Count > 0 && types[^1] == RunEventTypes.TextDelta)
            {
                continue;
            }

            types.Add(type);
        }

        return types;
    }

    /// <summary>The trace as indented lines of kind and name, children under parents, for comparing trees.</summary>
    public static IReadOnlyList<string> Tree(RunTrace trace)
    {
        var lines = new List<string>();
        void Walk(TraceSpan? parent, int depth)
        {
            foreach (var span in trace.ChildrenOf(parent))
            {
                lines.Add($"{new string(' ', depth * 2)}{span.Kind.ToString().ToLowerInvariant()} {span.Name}{(span.Status == SpanStatus.Ok ? "" : $" [{span.Status.ToString().ToLowerInvariant()}]")}");
                Walk(span, depth + 1);
            }
        }

        Walk(null, 0);
        return lines;
    }

    private static string Detail(RunEvent runEvent) => runEvent switch
    {
        HandoffOccurredEvent h => $"{h.Agent}->{h.Target}",
        HandoffRequestedEvent h => h.Tool,
        ToolCalledEvent t => t.Tool,
        ToolOutputEvent t => t.Tool,
        _ => runEvent.Agent,
    };
}
