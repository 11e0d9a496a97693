namespace AgentStudio.Core.Editing.Layout;

/// <summary>
/// Orders the nodes within each level to reduce edge crossings, by the barycentre heuristic of layered
/// (Sugiyama-style) layout: sweeping right, then left, each node moves to the mean relative position of its
/// neighbours in the levels already placed on that side. The order with the fewest crossings between adjacent
/// levels wins; ties keep the earlier one, so a design that has no crossings keeps its own order.
/// </summary>
internal static class BarycentreOrdering
{
    private const int Sweeps = 8;

    public static List<List<string>> Order(LayerAssignment graph)
    {
        var levels = graph.Levels.Select(level => level.ToList()).ToList();
        var level = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var l = 0; l < levels.Count; l++)
        {
            foreach (var id in levels[l])
            {
                level[id] = l;
            }
        }

        var best = Copy(levels);
        var fewest = Crossings(levels, level, graph.Edges);
        for (var sweep = 0; sweep < Sweeps && fewest > 0; sweep++)
        {
            var rightward = sweep % 2 == 0;
            var place = RelativePlaces(levels);
            var order = rightward ? Enumerable.Range(1, Math.Max(0, levels.Count - 1)) : Enumerable.Range(0, Math.Max(0, levels.Count - 1)).Reverse();
            foreach (var l in order)
            {
                // Neighbours on the placed side: any level left of this one in a rightward sweep, right of it in a leftward one.
                levels[l] = [.. levels[l]
                    .Select(id => (id, key: Barycentre(graph.Neighbours[id].Where(n => rightward ? level[n] < l : level[n] > l), place) ?? place[id]))
                    .OrderBy(p => p.key)
                    .Select(p => p.id)];
                UpdatePlaces(levels[l], place);
            }

            var crossings = Crossings(levels, level, graph.Edges);
            if (crossings < fewest)
            {
                fewest = crossings;
                best = Copy(levels);
            }
        }

        return best;
    }

    /// <summary>Each node's place in its level as a fraction of the level's height, so levels of different sizes compare.</summary>
    private static Dictionary<string, double> RelativePlaces(List<List<string>> levels)
    {
        var place = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var l in levels)
        {
            UpdatePlaces(l, place);
        }

        return place;
    }

    private static void UpdatePlaces(List<string> level, Dictionary<string, double> place)
    {
        for (var i = 0; i < level.Count; i++)
        {
            place[level[i]] = (i + 0.5) / level.Count;
        }
    }

    private static double? Barycentre(IEnumerable<string> neighbours, Dictionary<string, double> place)
    {
        var (sum, count) = (0.0, 0);
        foreach (var n in neighbours)
        {
            sum += place[n];
            count++;
        }

        return count == 0 ? null : sum / count;
    }

    /// <summary>Crossings between edges joining the same two adjacent levels: pairs whose ends are in opposite orders.</summary>
    public static long Crossings(List<List<string>> levels, IReadOnlyDictionary<string, int> level, List<(string From, string To)> edges)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var l in levels)
        {
            for (var i = 0; i < l.Count; i++)
            {
                index[l[i]] = i;
            }
        }

        long crossings = 0;
        foreach (var group in edges
            .Where(e => Math.Abs(level[e.From] - level[e.To]) == 1)
            .Select(e => level[e.From] < level[e.To] ? (Left: e.From, Right: e.To) : (Left: e.To, Right: e.From))
            .GroupBy(e => level[e.Left]))
        {
            var pairs = group.Select(e => (index[e.Left], index[e.Right])).OrderBy(p => p.Item1).ThenBy(p => p.Item2).ToArray();
            for (var i = 0; i < pairs.Length; i++)
            {
                for (var j = i + 1; j < pairs.Length; j++)
                {
                    if (pairs[j].Item1 > pairs[i].Item1 && pairs[j].Item2 < pairs[i].Item2)
                    {
                        crossings++;
                    }
                }
            }
        }

        return crossings;
    }

    private static List<List<string>> Copy(List<List<string>> levels) => [.. levels.Select(l => l.ToList())];
}
