using System.Diagnostics;
using System.Text.Json.Nodes;

namespace AgentStudio.Core.Running.Tracing;

/// <summary>
/// One timed step of a run: an agent's turn of control, a model call, a tool call or a handoff. Spans form
/// a tree through <see cref="ParentId"/>. Each span is also mirrored as an <see cref="System.Diagnostics.Activity"/>
/// with the OpenTelemetry GenAI conventions when something listens to <see cref="AgentTelemetry.SourceName"/>.
/// </summary>
/// <remarks>A span is written by the task that runs its step and may be read from any thread: members lock.</remarks>
public sealed class TraceSpan
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, JsonNode?> _data = new(StringComparer.Ordinal);
    private readonly RunTrace _trace;
    private DateTimeOffset? _endedAt;
    private SpanStatus _status = SpanStatus.Running;
    private SpanError? _error;

    internal TraceSpan(RunTrace trace, string id, string? parentId, SpanKind kind, string name, DateTimeOffset startedAt, Activity? activity)
    {
        _trace = trace;
        Id = id;
        ParentId = parentId;
        Kind = kind;
        Name = name;
        StartedAt = startedAt;
        Activity = activity;
    }

    /// <summary>The span's id, unique within its trace.</summary>
    public string Id { get; }

    /// <summary>The enclosing span's id, or null for a top-level span.</summary>
    public string? ParentId { get; }

    /// <summary>What the span stands for.</summary>
    public SpanKind Kind { get; }

    /// <summary>The agent's, model's or tool's name, or the handoff's <c>from → to</c>.</summary>
    public string Name { get; }

    /// <summary>When the step started.</summary>
    public DateTimeOffset StartedAt { get; }

    /// <summary>When the step ended, or null while it runs.</summary>
    public DateTimeOffset? EndedAt { get { lock (_gate) { return _endedAt; } } }

    /// <summary>How long the step took, or null while it runs.</summary>
    public TimeSpan? Duration => EndedAt - StartedAt;

    /// <summary>How the step ended.</summary>
    public SpanStatus Status { get { lock (_gate) { return _status; } } }

    /// <summary>The error the step ended with, if any.</summary>
    public SpanError? Error { get { lock (_gate) { return _error; } } }

    /// <summary>A copy of the span's data: model, tokens, arguments, output and so on, by name.</summary>
    public IReadOnlyDictionary<string, JsonNode?> Data
    {
        get
        {
            lock (_gate)
            {
                return _data.ToDictionary(p => p.Key, p => p.Value?.DeepClone(), StringComparer.Ordinal);
            }
        }
    }

    internal Activity? Activity { get; }

    /// <summary>Records one item of data, replacing an earlier value of the same name.</summary>
    public void SetData(string name, JsonNode? value)
    {
        lock (_gate)
        {
            _data[name] = value;
        }
    }

    /// <summary>Reads one item of data, or null.</summary>
    public JsonNode? GetData(string name)
    {
        lock (_gate)
        {
            return _data.TryGetValue(name, out var value) ? value?.DeepClone() : null;
        }
    }

    /// <summary>Reads one item of data that is text (a name or a design id), or null.</summary>
    public string? GetText(string name)
    {
        lock (_gate)
        {
            // Read in place: a live view asks for ids on every span change, and copying the node is not needed for a string.
            return _data.TryGetValue(name, out var value) && value is JsonValue text && text.TryGetValue<string>(out var result) ? result : null;
        }
    }

    /// <summary>Ends the span as successful; ending an ended span does nothing.</summary>
    public void End() => Finish(SpanStatus.Ok, null);

    /// <summary>Ends the span with an error; ending an ended span does nothing.</summary>
    public void Fail(string message, string? data = null) => Finish(SpanStatus.Error, new SpanError(message, data));

    /// <summary>Ends the span as cancelled; ending an ended span does nothing.</summary>
    public void Cancel() => Finish(SpanStatus.Cancelled, null);

    private void Finish(SpanStatus status, SpanError? error)
    {
        lock (_gate)
        {
            if (_endedAt is not null)
            {
                return;
            }

            _endedAt = _trace.Now();
            _status = status;
            _error = error;
        }

        AgentTelemetry.End(this, status, error);
        _trace.OnSpanChanged(this);
    }
}
