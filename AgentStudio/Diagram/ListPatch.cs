namespace AgentStudio.Diagram;

/// <summary>
/// Turns one list of a design into another by replacing one run of items with others. Items are compared by
/// reference, because design elements are immutable and an edit keeps the ones it does not change: renaming one agent
/// out of 2,000 keeps one agent, not a list of 2,000.
/// </summary>
internal sealed class ListPatch<T>
    where T : class
{
    // Where the replaced run starts, how many items it has in the list the patch applies to, and what takes its place.
    private readonly int _start;
    private readonly int _removeCount;
    private readonly T[] _insert;

    private ListPatch(int start, int removeCount, T[] insert) => (_start, _removeCount, _insert) = (start, removeCount, insert);

    /// <summary>What the patch keeps: the array of items it inserts and the patch itself.</summary>
    public long EstimatedBytes => 48 + (8L * _insert.Length);

    /// <summary>The patch that turns <paramref name="from"/> into <paramref name="to"/>; null when their items are the same.</summary>
    public static ListPatch<T>? Between(IReadOnlyList<T> from, IReadOnlyList<T> to)
    {
        if (ReferenceEquals(from, to))
        {
            return null;
        }

        var shorter = Math.Min(from.Count, to.Count);
        var prefix = 0;
        while (prefix < shorter && ReferenceEquals(from[prefix], to[prefix]))
        {
            prefix++;
        }

        if (prefix == from.Count && prefix == to.Count)
        {
            return null;
        }

        var suffix = 0;
        while (suffix < shorter - prefix && ReferenceEquals(from[from.Count - 1 - suffix], to[to.Count - 1 - suffix]))
        {
            suffix++;
        }

        var insert = new T[to.Count - prefix - suffix];
        for (var i = 0; i < insert.Length; i++)
        {
            insert[i] = to[prefix + i];
        }

        return new ListPatch<T>(prefix, from.Count - prefix - suffix, insert);
    }

    /// <summary>The list this patch makes of <paramref name="list"/>, and the patch that turns it back.</summary>
    public IReadOnlyList<T> ApplyTo(IReadOnlyList<T> list, out ListPatch<T> inverse)
    {
        if (_start + _removeCount > list.Count)
        {
            throw new InvalidOperationException($"An undo step replaces items {_start} to {_start + _removeCount} of a list of {list.Count}: the history does not belong to this design.");
        }

        var removed = new T[_removeCount];
        var result = new T[list.Count - _removeCount + _insert.Length];
        for (var i = 0; i < _start; i++)
        {
            result[i] = list[i];
        }

        for (var i = 0; i < _removeCount; i++)
        {
            removed[i] = list[_start + i];
        }

        _insert.CopyTo(result, _start);
        for (var i = _start + _removeCount; i < list.Count; i++)
        {
            result[i - _removeCount + _insert.Length] = list[i];
        }

        inverse = new ListPatch<T>(_start, _insert.Length, removed);
        return result;
    }
}
