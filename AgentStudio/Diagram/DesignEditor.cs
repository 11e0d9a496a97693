using AgentStudio.Core.Designs;

namespace AgentStudio.Diagram;

/// <summary>
/// The editor state of one open design: the document, which changes only through <see cref="Execute"/> (so
/// every change can be undone and raises one <see cref="Changed"/>), and the selection, which is not part of
/// the document. Not thread-safe: used from one Blazor circuit.
/// </summary>
/// <remarks>
/// The history keeps each step as a <see cref="DesignPatch"/> (what the edit changed), not as a whole design: its cost
/// follows the edits, not the design's size. It holds at most <see cref="UndoLimit"/> steps and, within that, about
/// <see cref="UndoByteBudget"/> bytes; past either, the oldest steps are forgotten.
/// </remarks>
public sealed class DesignEditor
{
    /// <summary>The most undo steps kept.</summary>
    public const int UndoLimit = 200;

    /// <summary>About how many bytes the undo steps may keep (<see cref="DesignPatch.EstimatedBytes"/>); the newest step is kept whatever its size.</summary>
    public const long UndoByteBudget = 4 * 1024 * 1024;

    private readonly LinkedList<Step> _undo = new();
    private readonly Stack<Step> _redo = new();
    private long _undoBytes;
    private readonly HashSet<string> _selection = new(StringComparer.Ordinal);
    private string? _mergeKey;

    // While changes merge into one step, the design before the first of them: each merged change then costs one
    // patch against it, not rebuilding that design from the step first.
    private DesignDocument? _mergeBase;

    /// <summary>An editor over <paramref name="design"/>.</summary>
    public DesignEditor(DesignDocument design)
    {
        ArgumentNullException.ThrowIfNull(design);
        Design = design;
    }

    /// <summary>Raised after every command, undo and redo, with the description of what changed.</summary>
    public event Action<string>? Changed;

    /// <summary>Raised when the selection changes.</summary>
    public event Action? SelectionChanged;

    /// <summary>The current design.</summary>
    public DesignDocument Design { get; private set; }

    /// <summary>Counts changes, so that views can tell an unchanged design from a changed one cheaply.</summary>
    public int Version { get; private set; }

    /// <summary>The selected node and edge ids.</summary>
    public IReadOnlySet<string> Selection => _selection;

    /// <summary>Whether there is something to undo.</summary>
    public bool CanUndo => _undo.Count > 0;

    /// <summary>Whether there is something to redo.</summary>
    public bool CanRedo => _redo.Count > 0;

    /// <summary>What undo would take back, for the tooltip.</summary>
    public string? UndoDescription => _undo.Last?.Value.Description;

    /// <summary>What redo would do again.</summary>
    public string? RedoDescription => _redo.Count > 0 ? _redo.Peek().Description : null;

    /// <summary>Applies a change; a change that returns the same design records nothing.</summary>
    /// <param name="description">What the change does, for undo's tooltip.</param>
    /// <param name="change">The change.</param>
    /// <param name="mergeKey">
    /// Consecutive changes with the same key are one undo step: typing in a field sends every keystroke, and undo
    /// should take back the typing, not one letter (nor keep a copy of a long text per letter).
    /// </param>
    public void Execute(string description, Func<DesignDocument, DesignDocument> change, string? mergeKey = null)
    {
        ArgumentNullException.ThrowIfNull(change);
        var next = change(Design);
        if (ReferenceEquals(next, Design) || next == Design)
        {
            return;
        }

        if (mergeKey is null || mergeKey != _mergeKey || _undo.Count == 0 || _mergeBase is null)
        {
            _mergeBase = Design;
            PushUndo(new Step(DesignPatch.Between(next, Design), description));
        }
        else
        {
            // The step goes back to the design before the first merged change: from the new design, not the last one.
            var merged = _undo.Last!.Value;
            RemoveLastUndo();
            PushUndo(merged with { Back = DesignPatch.Between(next, _mergeBase) });
        }

        _mergeKey = mergeKey;
        if (mergeKey is null)
        {
            _mergeBase = null;
        }

        _redo.Clear();
        Apply(next, description);
    }

    /// <summary>Takes the last change back.</summary>
    public void Undo()
    {
        if (_undo.Last is not { } last)
        {
            return;
        }

        _mergeKey = null;
        _mergeBase = null;
        RemoveLastUndo();
        var previous = last.Value.Back.ApplyTo(Design, out var forward);
        _redo.Push(new Step(forward, last.Value.Description));
        Apply(previous, "Undo " + last.Value.Description);
    }

    /// <summary>Does the last undone change again.</summary>
    public void Redo()
    {
        if (_redo.Count == 0)
        {
            return;
        }

        _mergeKey = null;
        _mergeBase = null;
        var step = _redo.Pop();
        var next = step.Back.ApplyTo(Design, out var back);
        PushUndo(new Step(back, step.Description));
        Apply(next, "Redo " + step.Description);
    }

    /// <summary>Replaces the design from outside (a reload, a restored revision); clears undo.</summary>
    public void Reset(DesignDocument design)
    {
        _mergeKey = null;
        _mergeBase = null;
        _undo.Clear();
        _undoBytes = 0;
        _redo.Clear();
        Apply(design, "Reload");
    }

    /// <summary>Selects exactly <paramref name="ids"/>.</summary>
    public void Select(IEnumerable<string> ids)
    {
        _selection.Clear();
        _selection.UnionWith(ids);
        SelectionChanged?.Invoke();
    }

    private void PushUndo(Step step)
    {
        _undo.AddLast(step);
        _undoBytes += step.Back.EstimatedBytes;
        while (_undo.Count > UndoLimit || (_undoBytes > UndoByteBudget && _undo.Count > 1))
        {
            _undoBytes -= _undo.First!.Value.Back.EstimatedBytes;
            _undo.RemoveFirst();
        }
    }

    private void RemoveLastUndo()
    {
        _undoBytes -= _undo.Last!.Value.Back.EstimatedBytes;
        _undo.RemoveLast();
    }

    private void Apply(DesignDocument design, string description)
    {
        Design = design;
        Version++;
        var existing = new HashSet<string>(design.Agents.Select(a => a.Id).Concat(design.Tools.Select(t => t.Id)).Concat(design.Notes.Select(n => n.Id)).Concat(design.Edges.Select(e => e.Id)), StringComparer.Ordinal);
        if (_selection.RemoveWhere(id => !existing.Contains(id)) > 0)
        {
            SelectionChanged?.Invoke();
        }

        Changed?.Invoke(description);
    }

    // Back turns the design as it is when the step is next into the design the step returns to.
    private sealed record Step(DesignPatch Back, string Description);
}
