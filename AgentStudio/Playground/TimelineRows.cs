using AgentStudio.Core.Running.Records;

namespace AgentStudio.Playground;

/// <summary>A span placed on the timeline: depth in the tree, and offset and width as fractions of the run.</summary>
public sealed record TimelineRow(SpanRecord Span, int Depth, double Offset, double Width)
{
    /// <summary>Duration in milliseconds (so far, for a running span).</summary>
    public double DurationMs { get; init; }
}

/// <summary>Lays a trace out as timeline rows: spans in tree order, each bar placed by its start and duration.</summary>
public static class TimelineRows
{
    /// <summary>The rows of a trace's spans; a span still running extends to <paramref name="now"/>.</summary>
    public static IReadOnlyList<TimelineRow> Build(IReadOnlyList<SpanRecord> spans, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(spans);
        if (spans.Count == 0)
        {
            return [];
        }

        var start = spans.Min(s => s.StartedAt);
        var end = spans.Max(s => s.EndedAt ?? now);
        var total = Math.Max(1, (end - start).TotalMilliseconds);
        var children = spans.ToLookup(s => s.ParentId);
        var rows = new List<TimelineRow>(spans.Count);

        void Walk(string? parent, int depth)
        {
            foreach (var span in children[parent])
            {
                var duration = ((span.EndedAt ?? now) - span.StartedAt).TotalMilliseconds;
                rows.Add(new TimelineRow(span, depth, (span.StartedAt - start).TotalMilliseconds / total, Math.Max(duration / total, 0.004)) { DurationMs = duration });
                Walk(span.Id, depth + 1);
            }
        }

        Walk(null, 0);
        return rows;
    }
}
