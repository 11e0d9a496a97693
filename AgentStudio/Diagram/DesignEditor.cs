using AgentStudio.Core.Designs;

namespace AgentStudio.Diagram;

/// <summary>
/// The editor state of one open design: the document, which changes only through <see cref="Execute"/> (so
/// every change can be undone and raises one <see cref="Changed"/>), and the selection, which is not part of
/// the document. Not thread-safe: used from one Blazor circuit.
/// </summary>
public sealed class DesignEditor
{
    private const int UndoLimit = 200;
    private readonly LinkedList<(DesignDocument Design, string Description)> _undo = new();
    private readonly Stack<(DesignDocument Design, string Description)> _redo = new();
    private readonly HashSet<string> _selection = new(StringComparer.Ordinal);
    private string? _mergeKey;

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

        if (mergeKey is null || mergeKey != _mergeKey || _undo.Count == 0)
        {
            _undo.AddLast((Design, description));
            if (_undo.Count > UndoLimit)
            {
                _undo.RemoveFirst();
            }
        }

        _mergeKey = mergeKey;

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
        _undo.RemoveLast();
        _redo.Push((Design, last.Value.Description));
        Apply(last.Value.Design, "Undo " + last.Value.Description);
    }

    /// <summary>Does the last undone change again.</summary>
    public void Redo()
    {
        if (_redo.Count == 0)
        {
            return;
        }

        _mergeKey = null;
        var (design, description) = _redo.Pop();
        _undo.AddLast((Design, description));
        Apply(design, "Redo " + description);
    }

    /// <summary>Replaces the design from outside (a reload, a restored revision); clears undo.</summary>
    public void Reset(DesignDocument design)
    {
        _mergeKey = null;
        _undo.Clear();
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
}
