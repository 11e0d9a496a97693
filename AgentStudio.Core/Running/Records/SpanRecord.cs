using System.Text.Json.Nodes;
using AgentStudio.Core.Running.Tracing;

namespace AgentStudio.Core.Running.Records;

/// <summary>One span of a run's trace, as stored and as a timeline draws it: a snapshot of a <see cref="TraceSpan"/>.</summary>
/// <param name="Id">The span's id, unique within its trace.</param>
/// <param name="ParentId">The enclosing span's id, or null for a top-level span.</param>
/// <param name="Kind">What the span stands for.</param>
/// <param name="Name">The agent's, model's or tool's name, or the handoff's <c>from → to</c>.</param>
/// <param name="StartedAt">When the step started.</param>
/// <param name="EndedAt">When it ended, or null while it ran.</param>
/// <param name="Status">How it ended.</param>
/// <param name="Error">The error message, if it failed.</param>
/// <param name="Data">Its data by <see cref="SpanDataKeys"/> name, design ids included.</param>
public sealed record SpanRecord(string Id, string? ParentId, SpanKind Kind, string Name, DateTimeOffset StartedAt, DateTimeOffset? EndedAt, SpanStatus Status, string? Error, JsonObject Data)
{
    /// <summary>A snapshot of the spans of a (possibly still running) trace, in start order.</summary>
    public static IReadOnlyList<SpanRecord> From(RunTrace trace)
    {
        ArgumentNullException.ThrowIfNull(trace);
        return [.. trace.Spans.Select(s => new SpanRecord(s.Id, s.ParentId, s.Kind, s.Name, s.StartedAt, s.EndedAt, s.Status, s.Error?.Message, new JsonObject([.. s.Data.Select(p => KeyValuePair.Create(p.Key, p.Value))])))];
    }

    /// <summary>A data item, or null.</summary>
    public JsonNode? Get(string key) => Data.TryGetPropertyValue(key, out var value) ? value : null;

    /// <summary>A data item that is text (a name or a design id), or null.</summary>
    public string? GetText(string key) => Get(key) is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
