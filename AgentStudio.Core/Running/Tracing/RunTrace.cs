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
    public TraceSpan Start(SpanKind kind, string name, TraceSpan? parent)
    {
        TraceSpan span;
        lock (_gate)
        {
            var id = $"span_{++_nextId}";
            span = new TraceSpan(this, id, parent?.Id, kind, name, _time.GetUtcNow(), AgentTelemetry.Start(kind, name, parent, RootActivity));
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
