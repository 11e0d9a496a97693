using AgentStudio.Core.Designs;

namespace AgentStudio.Diagram;

/// <summary>
/// Turns one design layout into another, keeping only what differs: the positions that changed when the same ids are
/// laid out in the same order (a move), else the one run of entries that differs (an add, a delete). The layout it
/// makes lists the entries in the same order as the one it was computed from, so a design that is undone is the design
/// it was, down to the order its file is written in.
/// </summary>
internal sealed class LayoutPatch
{
    // A move: the position at each changed index. Null for a splice.
    private readonly (int Index, CanvasPosition Position)[]? _moves;
    // A splice: the entries from _start on (_removeCount of them) replaced by _insert.
    private readonly int _start;
    private readonly int _removeCount;
    private readonly KeyValuePair<string, CanvasPosition>[] _insert = [];

    private LayoutPatch((int Index, CanvasPosition Position)[] moves) => _moves = moves;

    private LayoutPatch(int start, int removeCount, KeyValuePair<string, CanvasPosition>[] insert) =>
        (_start, _removeCount, _insert) = (start, removeCount, insert);

    /// <summary>What the patch keeps, roughly: 24 bytes a position or entry (the ids are the design's own strings).</summary>
    public long EstimatedBytes => 48 + (24L * (_moves?.Length ?? _insert.Length));

    /// <summary>The patch that turns <paramref name="from"/> into <paramref name="to"/>; null when they hold the same entries in the same order.</summary>
    public static LayoutPatch? Between(IReadOnlyDictionary<string, CanvasPosition> from, IReadOnlyDictionary<string, CanvasPosition> to)
    {
        if (ReferenceEquals(from, to))
        {
            return null;
        }

        var before = from.ToArray();
        var after = to.ToArray();
        if (before.Length == after.Length && before.Select(p => p.Key).SequenceEqual(after.Select(p => p.Key), StringComparer.Ordinal))
        {
            var moves = Enumerable.Range(0, after.Length).Where(i => before[i].Value != after[i].Value).Select(i => (i, after[i].Value)).ToArray();
            return moves.Length == 0 ? null : new LayoutPatch(moves);
        }

        var shorter = Math.Min(before.Length, after.Length);
        var prefix = 0;
        while (prefix < shorter && Same(before[prefix], after[prefix]))
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < shorter - prefix && Same(before[^(suffix + 1)], after[^(suffix + 1)]))
        {
            suffix++;
        }

        return new LayoutPatch(prefix, before.Length - prefix - suffix, after[prefix..(after.Length - suffix)]);
    }

    /// <summary>The layout this patch makes of <paramref name="layout"/>, and the patch that turns it back.</summary>
    public IReadOnlyDictionary<string, CanvasPosition> ApplyTo(IReadOnlyDictionary<string, CanvasPosition> layout, out LayoutPatch inverse)
    {
        var entries = layout.ToArray();
        if (_moves is { } moves)
        {
            var previous = new (int Index, CanvasPosition Position)[moves.Length];
            for (var i = 0; i < moves.Length; i++)
            {
                var (index, position) = moves[i];
                Check(index < entries.Length, entries.Length);
                previous[i] = (index, entries[index].Value);
                entries[index] = new(entries[index].Key, position);
            }

            inverse = new LayoutPatch(previous);
            return ToLayout(entries);
        }

        Check(_start + _removeCount <= entries.Length, entries.Length);
        inverse = new LayoutPatch(_start, _insert.Length, entries[_start..(_start + _removeCount)]);
        return ToLayout([.. entries[.._start], .. _insert, .. entries[(_start + _removeCount)..]]);
    }

    private static bool Same(KeyValuePair<string, CanvasPosition> a, KeyValuePair<string, CanvasPosition> b) =>
        string.Equals(a.Key, b.Key, StringComparison.Ordinal) && a.Value == b.Value;

    // A dictionary filled without removals lists its entries in the order they were added.
    private static Dictionary<string, CanvasPosition> ToLayout(KeyValuePair<string, CanvasPosition>[] entries) =>
        new(entries, StringComparer.Ordinal);

    private static void Check(bool fits, int count)
    {
        if (!fits)
        {
            throw new InvalidOperationException($"An undo step changes entries past the end of a layout of {count}: the history does not belong to this design.");
        }
    }
}
