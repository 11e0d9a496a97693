using System.Text.Json.Nodes;

namespace AgentStudio.Core.Running.Tracing;

/// <summary>
/// The trace of one run: every span it recorded, in the order they started. Readable while the run goes
/// on (the playground draws it live through <see cref="SpanChanged"/>).
/// </summary>
public sealed class RunTrace
{
    private readonly Lock _gate = new();
    private readonly List<TraceSpan> _spans = [];
    private readonly TimeProvider _time;
    private int _nextId;

    /// <summary>Starts an empty trace.</summary>
    /// <param name="time">The clock spans are timed with.</param>
    public RunTrace(TimeProvider? time = null)
    {
        _time = time ?? TimeProvider.System;
        TraceId = Guid.NewGuid().ToString("N");
        RootActivity = AgentTelemetry.StartRun();
    }

    /// <summary>The trace's id.</summary>
    public string TraceId { get; }

    /// <summary>Raised, on the thread of the run, whenever a span starts or ends.</summary>
    public event Action<TraceSpan>? SpanChanged;

    /// <summary>A snapshot of the spans, in start order.</summary>
    public IReadOnlyList<TraceSpan> Spans
    {
        get
        {
            lock (_gate)
            {
                return [.. _spans];
            }
        }
    }

    /// <summary>Starts a span under <paramref name="parent"/> (null for a top-level span).</summary>
    /// <param name="kind">What the span stands for.</param>
    /// <param name="name">The agent's, model's or tool's name, or the handoff's <c>from → to</c>.</param>
    /// <param name="parent">The enclosing span; null for a top-level span.</param>
    /// <param name="data">
    /// Data the span starts with, already there when <see cref="SpanChanged"/> announces it: the design ids a live view
    /// lights up while the step runs (a quick tool call may end before any other change is announced).
    /// </param>
    public TraceSpan Start(SpanKind kind, string name, TraceSpan? parent, IEnumerable<KeyValuePair<string, JsonNode?>>? data = null)
    {
        TraceSpan span;
        lock (_gate)
        {
            var id = $"span_{++_nextId}";
            span = new TraceSpan(this, id, parent?.Id, kind, name, _time.GetUtcNow(), AgentTelemetry.Start(kind, name, parent, RootActivity));
            foreach (var (key, value) in data ?? [])
            {
                span.SetData(key, value);
            }

            _spans.Add(span);
        }

        OnSpanChanged(span);
        return span;
    }

    /// <summary>The spans directly under <paramref name="parent"/> (null: the top-level spans).</summary>
    public IReadOnlyList<TraceSpan> ChildrenOf(TraceSpan? parent) => [.. Spans.Where(s => s.ParentId == parent?.Id)];

    internal System.Diagnostics.Activity? RootActivity { get; }

    internal DateTimeOffset Now() => _time.GetUtcNow();

    /// <summary>Ends the run's root activity; spans are ended by their own steps.</summary>
    internal void Complete(bool failed, string? error) => AgentTelemetry.EndRun(RootActivity, failed, error);

    internal void OnSpanChanged(TraceSpan span) => SpanChanged?.Invoke(span);
}
