using AgentStudio.Core.Running.Tracing;

namespace AgentStudio.Playground;

/// <summary>
/// The diagram ids of the steps still running in one run — agents, and the tools and edges of calls under way —
/// kept up to date as spans start and end (on the run's threads), so that reading them on every render costs nothing.
/// </summary>
internal sealed class RunningSteps
{
    private readonly Lock _gate = new();

    // Span id → the diagram ids it lights; an id stays lit while any open span names it.
    private readonly Dictionary<string, string[]> _open = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private IReadOnlySet<string> _snapshot = new HashSet<string>(StringComparer.Ordinal);
    private bool _stale;

    /// <summary>Takes a span's start or end into account; other changes of a span do nothing.</summary>
    public void Observe(TraceSpan span)
    {
        lock (_gate)
        {
            if (span.EndedAt is null && !_open.ContainsKey(span.Id))
            {
                var ids = IdsOf(span);
                _open[span.Id] = ids;
                foreach (var id in ids)
                {
                    _counts[id] = _counts.GetValueOrDefault(id) + 1;
                }

                _stale = true;
            }
            else if (span.EndedAt is not null && _open.Remove(span.Id, out var ids))
            {
                foreach (var id in ids)
                {
                    if (--_counts[id] == 0)
                    {
                        _counts.Remove(id);
                    }
                }

                _stale = true;
            }
        }
    }

    /// <summary>The ids lit now; the same set object until a step starts or ends.</summary>
    public IReadOnlySet<string> Ids
    {
        get
        {
            lock (_gate)
            {
                if (_stale)
                {
                    _snapshot = new HashSet<string>(_counts.Keys, StringComparer.Ordinal);
                    _stale = false;
                }

                return _snapshot;
            }
        }
    }

    private static string[] IdsOf(TraceSpan span) => span.Kind switch
    {
        SpanKind.Agent => Present(span.GetText(SpanDataKeys.AgentId)),
        SpanKind.Function => Present(span.GetText(SpanDataKeys.ToolId), span.GetText(SpanDataKeys.EdgeId)),
        _ => [],
    };

    private static string[] Present(params string?[] ids) => [.. ids.OfType<string>()];
}
