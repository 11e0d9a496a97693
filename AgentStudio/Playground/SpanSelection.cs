using AgentStudio.Core.Running.Records;
using AgentStudio.Core.Running.Tracing;

namespace AgentStudio.Playground;

/// <summary>What of the diagram a span of the trace stands for, by the design ids the run recorded in its spans.</summary>
public static class SpanSelection
{
    /// <summary>
    /// The node or edge ids to select for <paramref name="span"/>: an agent span's agent; a function span's tool (or
    /// the agent used as a tool); a handoff span's edge; a generation span its agent's. Empty when the span recorded no
    /// id (a run stored before runs recorded them).
    /// </summary>
    public static IReadOnlySet<string> DiagramIdsOf(SpanRecord span, IReadOnlyList<SpanRecord> spans)
    {
        ArgumentNullException.ThrowIfNull(span);
        ArgumentNullException.ThrowIfNull(spans);
        var id = span.Kind switch
        {
            SpanKind.Agent => span.GetText(SpanDataKeys.AgentId),
            SpanKind.Function => span.GetText(SpanDataKeys.ToolId),
            SpanKind.Handoff => span.GetText(SpanDataKeys.EdgeId),
            _ => spans.FirstOrDefault(s => s.Id == span.ParentId && s.Kind == SpanKind.Agent)?.GetText(SpanDataKeys.AgentId),
        };
        return id is null ? new HashSet<string>() : new HashSet<string>(StringComparer.Ordinal) { id };
    }
}
