namespace AgentStudio.Diagram;

/// <summary>
/// Keeps the browser's copy of every node's geometry (id, x, y, height, kind, entry) current with what changed since
/// the last update. The canvas renders only the nodes in view, so the browser's fit, reveal, arrow-key navigation and
/// centring read this data instead of the page: a node off screen is not in the page but is in the data.
/// Not thread-safe: used from one canvas on its render thread.
/// </summary>
public sealed class NodeGeometryFeed
{
    private readonly Dictionary<string, DiagramNode> _sent = new(StringComparer.Ordinal);

    /// <summary>
    /// The nodes to add or update in the browser, each as <c>[id, x, y, height, kind, entry]</c> (compact on the wire:
    /// 2,000 nodes are ~80 KB once, then a move sends one row), and the ids to remove; both empty when nothing changed.
    /// Records the result as sent.
    /// </summary>
    public (IReadOnlyList<object[]> Upserts, IReadOnlyList<string> Removals) Update(IReadOnlyList<DiagramNode> nodes)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        var upserts = new List<object[]>();
        var current = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            current.Add(node.Id);
            if (_sent.TryGetValue(node.Id, out var sent) && SameGeometry(sent, node))
            {
                continue;
            }

            _sent[node.Id] = node;
            upserts.Add([node.Id, node.X, node.Y, node.Height, node.Kind.ToString().ToLowerInvariant(), node.IsEntry ? 1 : 0]);
        }

        var removals = _sent.Keys.Where(id => !current.Contains(id)).ToList();
        foreach (var id in removals)
        {
            _sent.Remove(id);
        }

        return (upserts, removals);
    }

    /// <summary>Forgets what was sent (the browser's half was replaced): the next update sends every node.</summary>
    public void Reset() => _sent.Clear();

    private static bool SameGeometry(DiagramNode a, DiagramNode b) =>
        a.X == b.X && a.Y == b.Y && a.Kind == b.Kind && a.IsEntry == b.IsEntry;
}
