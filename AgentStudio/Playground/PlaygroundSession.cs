using AgentStudio.Core.Running;
using AgentStudio.Core.Running.Compilation;
using AgentStudio.Core.Running.Events;
using AgentStudio.Core.Running.Tracing;
using AgentStudio.Core.Serialization;

namespace AgentStudio.Playground;

/// <summary>
/// The playground's conversation with one design: sends messages as runs (each later one going on from the last
/// agent), turns the run's events into chat entries, tracks the active agent and edge for the diagram, and stops
/// runs. It owns no UI; the page renders its state whenever <see cref="Changed"/> fires (off the render thread).
/// </summary>
public sealed class PlaygroundSession : IAsyncDisposable
{
    private readonly AgentRunner _runner;
    private readonly CompiledDesign _design;
    private readonly List<ChatEntry> _entries = [];
    private AgentRun? _run;
    private int _traceVersion;
    // What the next message goes on from: the last completed run's conversation, not its result (its trace is kept
    // only while the page shows it, as Trace).
    private RunContinuation? _continuation;
    private string? _handoffEdgeId;

    // The running steps of the run under way (null between runs), and the last set ActiveIds built from them.
    private RunningSteps? _steps;
    private LitIds? _lit;

    /// <summary>A session over a compiled design; <paramref name="runner"/> decides which models answer.</summary>
    public PlaygroundSession(AgentRunner runner, CompiledDesign design)
    {
        _runner = runner;
        _design = design;
    }

    /// <summary>Called when a run has ended, however it ended (to store it).</summary>
    public Func<RunResult, Task>? RunFinished { get; init; }

    /// <summary>How long each run may take before it fails; null for no deadline.</summary>
    public TimeSpan? RunTimeout { get; init; }

    /// <summary>Raised after every change of state.</summary>
    public event Action? Changed;

    /// <summary>The chat so far.</summary>
    public IReadOnlyList<ChatEntry> Entries => _entries;

    /// <summary>Whether a run is under way.</summary>
    public bool Running => _run is not null;

    /// <summary>The trace of the current or last run.</summary>
    public RunTrace? Trace { get; private set; }

    /// <summary>Counts span starts and ends, so a view can redraw the timeline only when the trace changed.</summary>
    public int TraceVersion => _traceVersion;

    /// <summary>The id of the agent in control, for the diagram.</summary>
    public string? ActiveAgentId { get; private set; }

    /// <summary>
    /// The diagram ids to light now: the agent in control; while a run goes on, also the handoff edge that brought it
    /// there and every agent, tool and edge whose step is still running, so that parallel tool calls light all their
    /// edges and agents running as tools (with their own tools) light up too.
    /// </summary>
    /// <remarks>Kept up to date as the run's spans start and end; the same set object until something changes.</remarks>
    public IReadOnlySet<string> ActiveIds
    {
        get
        {
            var steps = _steps?.Ids;
            var handoff = steps is null ? null : _handoffEdgeId;
            var lit = _lit;
            if (lit is null || lit.Agent != ActiveAgentId || lit.Handoff != handoff || !ReferenceEquals(lit.Steps, steps))
            {
                var ids = steps is null ? new HashSet<string>(StringComparer.Ordinal) : new HashSet<string>(steps, StringComparer.Ordinal);
                AddId(ids, ActiveAgentId);
                AddId(ids, handoff);
                lit = new LitIds(ActiveAgentId, handoff, steps, ids);
                _lit = lit;
            }

            return lit.Ids;
        }
    }

    /// <summary>What the next message continues: the conversation of the last completed run and its last agent.</summary>
    public RunContinuation? Continuation => _continuation;

    /// <summary>Starts a run on <paramref name="input"/>; the task ends when the run has ended.</summary>
    public async Task SendAsync(string input)
    {
        if (Running || string.IsNullOrWhiteSpace(input))
        {
            return;
        }

        _entries.Add(new UserEntry(input));
        _handoffEdgeId = null;
        var steps = new RunningSteps();
        _steps = steps;
        // Observed from the run's first span: a quick step may start and end before Start returns.
        await using var run = _runner.Start(_design, input, new RunOptions
        {
            Continue = _continuation,
            Timeout = RunTimeout,
            SpanChanged = span => OnSpanChanged(steps, span),
        });
        _run = run;
        Trace = run.Trace;
        Notify();
        try
        {
            await foreach (var runEvent in run.ReadEventsAsync())
            {
                Apply(runEvent);
                Notify();
            }

            var result = await run.Completion;
            if (result.Status == RunStatus.Completed)
            {
                _continuation = RunContinuation.FromRunResult(result);
            }

            if (RunFinished is { } finished)
            {
                await finished(result);
            }
        }
        finally
        {
            _run = null;
            _steps = null;
            Notify();
        }
    }

    /// <summary>Stops the run under way; it ends as cancelled.</summary>
    public void Stop() => _run?.Cancel();

    /// <summary>Forgets the conversation: the next message starts at the entry agent.</summary>
    public void Reset()
    {
        Stop();
        _entries.Clear();
        _continuation = null;
        Trace = null;
        ActiveAgentId = null;
        _handoffEdgeId = null;
        Notify();
    }

    private void Apply(RunEvent runEvent)
    {
        switch (runEvent)
        {
            case AgentUpdatedEvent e:
                ActiveAgentId = e.AgentId;
                break;
            case TextDeltaEvent e:
                CurrentMessage(e.Agent).Text += e.Delta;
                break;
            case MessageOutputCreatedEvent e:
                var message = CurrentMessage(e.Agent);
                message.Text = e.Text;
                message.Streaming = false;
                break;
            case ToolCalledEvent e:
                FinishStreaming();
                _entries.Add(new ToolCallEntry(e.Agent, e.CallId, e.Tool, e.Arguments));
                break;
            case ToolOutputEvent e when _entries.OfType<ToolCallEntry>().LastOrDefault(t => t.CallId == e.CallId) is { } call:
                call.Output = e.Output;
                call.IsError = e.IsError;
                call.DurationMs = e.DurationMs;
                break;
            case HandoffOccurredEvent e:
                FinishStreaming();
                _entries.Add(new HandoffEntry(e.Agent, e.Target));
                _handoffEdgeId = e.EdgeId;
                break;
            case ModelRetryEvent e:
                FinishStreaming();
                _entries.Add(new RetryEntry(e.Agent, e.Message));
                break;
            case RunCompletedEvent e:
                var final = CurrentMessageOrNull(e.Agent);
                if (final is not null && e.StructuredOutput is { } structured)
                {
                    final.StructuredJson = ReadableJson.Write(structured);
                }

                FinishStreaming();
                _entries.Add(new OutcomeEntry(RunStatus.Completed, null, e.Usage, _run!.Trace.Spans.Count > 0 ? Elapsed() : TimeSpan.Zero, e.Agent));
                break;
            case RunFailedEvent e:
                FinishStreaming();
                _entries.Add(new OutcomeEntry(RunStatus.Failed, $"{e.ErrorKind}: {e.Message}", e.Usage, Elapsed(), e.Agent));
                break;
            case RunCancelledEvent e:
                FinishStreaming();
                _entries.Add(new OutcomeEntry(RunStatus.Cancelled, "Stopped.", e.Usage, Elapsed(), e.Agent));
                break;
        }
    }

    private AgentMessageEntry CurrentMessage(string agent)
    {
        if (CurrentMessageOrNull(agent) is { Streaming: true } message)
        {
            return message;
        }

        var created = new AgentMessageEntry(agent);
        _entries.Add(created);
        return created;
    }

    private AgentMessageEntry? CurrentMessageOrNull(string agent) =>
        _entries.Count > 0 && _entries[^1] is AgentMessageEntry message && message.Agent == agent ? message : null;

    private void FinishStreaming()
    {
        foreach (var message in _entries.OfType<AgentMessageEntry>().Where(m => m.Streaming))
        {
            message.Streaming = false;
        }
    }

    private static void AddId(HashSet<string> ids, string? id)
    {
        if (id is not null)
        {
            ids.Add(id);
        }
    }

    private TimeSpan Elapsed() => Trace?.Spans is { Count: > 0 } spans ? (spans.Max(s => s.EndedAt ?? s.StartedAt) - spans.Min(s => s.StartedAt)) : TimeSpan.Zero;

    private void OnSpanChanged(RunningSteps steps, TraceSpan span)
    {
        // Spans start and end on the tools' threads.
        steps.Observe(span);
        Interlocked.Increment(ref _traceVersion);
        Notify();
    }

    private void Notify() => Changed?.Invoke();

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Stop();
        await _design.DisposeAsync();
    }

    private sealed record LitIds(string? Agent, string? Handoff, IReadOnlySet<string>? Steps, IReadOnlySet<string> Ids);
}
