using AgentStudio.Core.Designs;
using AgentStudio.Core.Editing;
using AgentStudio.Core.Validation;
using AgentStudio.Designs;
using AgentStudio.Diagram;
using AgentStudio.Storage;

namespace AgentStudio.Designer;

/// <summary>
/// The designer's state for one stored design, without UI: the <see cref="DesignEditor"/> (document, selection,
/// undo), the <see cref="DesignAutosave"/> that stores every change as a revision, the diagram the canvas draws and
/// the validation problems. Components raise <see cref="DesignerIntent"/>s; <see cref="Execute"/> decides what they
/// do. The page renders the state whenever <see cref="Changed"/> fires.
/// </summary>
/// <remarks>
/// Not thread-safe: intents come from one Blazor circuit. <see cref="Changed"/> is also raised off the render thread,
/// when a save started by the debounce changes <see cref="SaveState"/>.
/// </remarks>
public sealed partial class DesignerSession : IAsyncDisposable
{
    private readonly IDesignStore _store;
    private readonly TimeProvider _time;
    private readonly DesignEditor _editor;
    private readonly DesignAutosave _autosave;
    private bool _reloading;

    /// <summary>A session over a design as stored; <see cref="OpenAsync"/> reads it from the store.</summary>
    public DesignerSession(IDesignStore store, Guid designId, StoredDesign stored, TimeProvider time)
        : this(store, designId, stored, problems: null, time)
    {
    }

    /// <summary>
    /// A session over a design another session opened (<see cref="Opened"/>, handed over by <see cref="DesignerHandoff"/>):
    /// the design is neither read nor validated again.
    /// </summary>
    public DesignerSession(IDesignStore store, OpenedDesign opened, TimeProvider time)
        : this(store, (opened ?? throw new ArgumentNullException(nameof(opened))).Stored.Id, opened.Stored, opened.Problems, time)
    {
    }

    private DesignerSession(IDesignStore store, Guid designId, StoredDesign stored, IReadOnlyList<DesignProblem>? problems, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(time);
        _store = store;
        _time = time;
        DesignId = designId;
        _editor = new DesignEditor(stored.Document);
        _editor.Changed += OnDesignChanged;
        _editor.SelectionChanged += Notify;
        _autosave = StartAutosave(stored.Revision);
        Slug = stored.Slug;
        PublishedRevision = stored.PublishedRevision;
        Project(problems);
        Opened = new OpenedDesign(stored, Problems);
    }

    /// <summary>Opens the design <paramref name="designId"/>; null when it does not exist or is in the trash.</summary>
    public static async Task<DesignerSession?> OpenAsync(IDesignStore store, Guid designId, TimeProvider time, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var stored = await store.GetAsync(designId, cancellationToken);
        return stored is null || stored.DeletedAt is not null ? null : new DesignerSession(store, designId, stored, time);
    }

    /// <summary>Raised after every change of state: the design, the selection, the save state or the message.</summary>
    public event Action? Changed;

    /// <summary>Raised when an intent is refused, with the reason (also kept in <see cref="Message"/>).</summary>
    public event Action<string>? Refused;

    /// <summary>The stored design's id.</summary>
    public Guid DesignId { get; }

    /// <summary>
    /// The design as this session opened it, with its problems then: what a prerendered page hands on to its circuit.
    /// Null once the design changed (it is no longer what the store holds at that revision, and is not kept).
    /// </summary>
    public OpenedDesign? Opened { get; private set; }

    /// <summary>The design as edited.</summary>
    public DesignDocument Design => _editor.Design;

    /// <summary>The selected node and edge ids.</summary>
    public IReadOnlySet<string> Selection => _editor.Selection;

    /// <summary>The id of the one selected element, or null when none or several are selected.</summary>
    public string? SingleSelectedId => _editor.Selection.Count == 1 ? _editor.Selection.First() : null;

    /// <summary>Whether there is something to undo.</summary>
    public bool CanUndo => _editor.CanUndo;

    /// <summary>Whether there is something to redo.</summary>
    public bool CanRedo => _editor.CanRedo;

    /// <summary>What undo would take back.</summary>
    public string? UndoDescription => _editor.UndoDescription;

    /// <summary>What redo would do again.</summary>
    public string? RedoDescription => _editor.RedoDescription;

    /// <summary>The nodes the canvas draws.</summary>
    public IReadOnlyList<DiagramNode> Nodes { get; private set; } = [];

    /// <summary>The links the canvas draws.</summary>
    public IReadOnlyList<DiagramLink> Links { get; private set; } = [];

    /// <summary>The design's validation problems, errors first.</summary>
    public IReadOnlyList<DesignProblem> Problems { get; private set; } = [];

    /// <summary>The ids of the nodes and edges that have a problem.</summary>
    public IReadOnlySet<string> ProblemIds { get; private set; } = new HashSet<string>();

    /// <summary>Where the design stands against the store.</summary>
    public SaveState SaveState => _autosave.State;

    /// <summary>The revision the design is based on.</summary>
    public int BaseRevision => _autosave.BaseRevision;

    /// <summary>Why the last save failed, or which revision won a conflict.</summary>
    public string? SaveMessage => _autosave.Message;

    /// <summary>Whether a change is not stored yet.</summary>
    public bool HasUnsavedChanges => _autosave.HasUnsavedChanges;

    /// <summary>Why the last intent was refused, until it is dismissed.</summary>
    public string? Message { get; private set; }

    /// <summary>What the last intent did, in words for screen readers (the canvas's live region); null before any.</summary>
    public string? Announcement { get; private set; }

    /// <summary>Whether the design was deleted for good while it was open (a reload or restore found nothing).</summary>
    public bool IsGone { get; private set; }

    /// <summary>Does what <paramref name="intent"/> asks; an intent that changes the design is one undoable step.</summary>
    public void Execute(DesignerIntent intent)
    {
        ArgumentNullException.ThrowIfNull(intent);
        switch (intent)
        {
            case DesignEdit edit:
                var command = DesignEditCommands.For(edit);
                // Fields send every keystroke; one field's typing on one element is one undo step.
                _editor.Execute(command.Description, command.Apply, mergeKey: $"{edit.TargetId}\n{command.Description}");
                break;
            case DesignerIntent.Undo:
                _editor.Undo();
                break;
            case DesignerIntent.Redo:
                _editor.Redo();
                break;
            case DesignerIntent.DeleteSelection when _editor.Selection.Count > 0:
                var ids = _editor.Selection.ToHashSet(StringComparer.Ordinal);
                _editor.Execute(ids.Count == 1 ? "Delete" : $"Delete {ids.Count} items", d => DesignCommands.Delete(d, ids));
                break;
            case DesignerIntent.DuplicateSelection when CopySelection() is { } copied:
                Paste(copied);
                break;
            case DesignerIntent.SelectAll:
                _editor.Select(Nodes.Select(n => n.Id));
                break;
            case DesignerIntent.ClearSelection:
                _editor.Select([]);
                break;
            case DesignerIntent.Select select:
                Select(select.Id, select.Additive);
                break;
            case DesignerIntent.SelectMany many:
                _editor.Select(many.Ids);
                break;
            case DesignerIntent.MoveNode move:
                _editor.Execute("Move", d => DesignCommands.Move(d, new Dictionary<string, CanvasPosition>(StringComparer.Ordinal) { [move.Id] = move.To }));
                break;
            case DesignerIntent.NudgeNode nudge:
                // Holding an arrow key sends a move per repeat; undo takes back the whole run.
                _editor.Execute("Move", d => DesignCommands.Move(d, new Dictionary<string, CanvasPosition>(StringComparer.Ordinal) { [nudge.Id] = nudge.To }), mergeKey: $"nudge\n{nudge.Id}");
                break;
            case DesignerIntent.MoveNodes moves:
                _editor.Execute($"Move {moves.Positions.Count} items", d => DesignCommands.Move(d, moves.Positions));
                break;
            case DesignerIntent.Connect connect:
                Connect(connect);
                break;
            case DesignerIntent.AddAgent add:
                Add("Add agent", add.At, DesignCommands.AddAgent);
                break;
            case DesignerIntent.AddTool add:
                Add($"Add {add.Kind}", add.At, (d, at) => DesignCommands.AddTool(d, add.Kind, at));
                break;
            case DesignerIntent.AddNote add:
                Add("Add note", add.At, DesignCommands.AddNote);
                break;
            case DesignerIntent.Paste paste:
                Paste(paste.Json);
                break;
            case DesignerIntent.ArrangeAll:
                _editor.Execute("Auto-layout", DesignCommands.ArrangeAll);
                break;
            case DesignerIntent.Import import:
                _editor.Execute($"Import {import.FileName}", _ => import.Design);
                _editor.Select([]);
                break;
            case DesignerIntent.DismissMessage:
                Message = null;
                PublishBlockers = [];
                Notify();
                break;
        }

        Announce(intent);
    }

    /// <summary>
    /// Where an element added from the palette (a click or a key) goes: centred on <paramref name="viewCentre"/>, the
    /// middle of what the canvas shows, and stepped aside from elements already there so repeated adds do not stack.
    /// </summary>
    public CanvasPosition FreeSpotNear(CanvasPosition viewCentre) => NodePlacement.FreeSpotNear(_editor.Design, viewCentre);

    /// <summary>The edges the "Connect to…" command offers from the agent <paramref name="fromId"/>.</summary>
    public IReadOnlyList<ConnectOption> ConnectOptionsFrom(string fromId) => ConnectOptions.From(_editor.Design, fromId);

    /// <summary>The selection as clipboard JSON (Ctrl+C), or null when nothing that can be copied is selected.</summary>
    public string? CopySelection() => DesignClipboard.Copy(_editor.Design, _editor.Selection);

    /// <summary>Stores what is pending now (before leaving the page, before showing the history).</summary>
    public Task FlushAsync() => _autosave.FlushAsync();

    /// <summary>After a conflict (or a revision restored elsewhere): shows the stored design, dropping undo.</summary>
    public async Task ReloadLatestAsync(CancellationToken cancellationToken = default)
    {
        var latest = await _store.GetAsync(DesignId, cancellationToken);
        if (latest is null)
        {
            IsGone = true;
            Notify();
            return;
        }

        // A reload is not an edit: it must not be saved back as a new revision.
        _reloading = true;
        try
        {
            _editor.Reset(latest.Document);
        }
        finally
        {
            _reloading = false;
        }

        Slug = latest.Slug;
        PublishedRevision = latest.PublishedRevision;
        _autosave.Resolved(latest.Revision);
    }

    /// <summary>After the history was shown: reloads when a revision was restored there; true when it was.</summary>
    public async Task<bool> ReloadIfRestoredAsync(CancellationToken cancellationToken = default)
    {
        // Restoring saves the old revision as the newest one, so the store is ahead of what the editor is based on.
        if ((await _store.GetAsync(DesignId, cancellationToken))?.Revision == _autosave.BaseRevision)
        {
            return false;
        }

        await ReloadLatestAsync(cancellationToken);
        return true;
    }

    /// <summary>Takes the design out of the trash and goes on saving; false (and <see cref="IsGone"/>) when it was deleted for good.</summary>
    public async Task<bool> RestoreFromTrashAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await _store.RestoreDeletedAsync(DesignId, cancellationToken);
        }
        catch (DesignNotFoundException)
        {
            IsGone = true;
            Notify();
            return false;
        }

        await _autosave.ResumeAsync();
        return true;
    }

    /// <summary>After a conflict: stores the change that could not be saved as a new design; returns its id.</summary>
    public async Task<Guid> SaveCopyAsync(CancellationToken cancellationToken = default)
    {
        var mine = _autosave.Unsaved ?? _editor.Design;
        var copy = await _store.CreateAsync(mine with { Name = $"{mine.Name} (my copy)" }, "Saved as a copy after a conflict", cancellationToken);
        return copy.Id;
    }

    /// <summary>Stores what is pending, then stops saving.</summary>
    public async ValueTask DisposeAsync()
    {
        _editor.Changed -= OnDesignChanged;
        _editor.SelectionChanged -= Notify;
        await _autosave.DisposeAsync();
        _autosave.StateChanged -= Notify;
    }

    private DesignAutosave StartAutosave(int revision)
    {
        var autosave = new DesignAutosave(_store, DesignId, revision, _time);
        autosave.StateChanged += Notify;
        return autosave;
    }

    private void Select(string id, bool additive)
    {
        if (!additive)
        {
            _editor.Select([id]);
        }
        else if (_editor.Selection.Contains(id))
        {
            // Materialised first: selecting clears the set this would otherwise still be reading.
            _editor.Select([.. _editor.Selection.Where(s => s != id)]);
        }
        else
        {
            _editor.Select([.. _editor.Selection, id]);
        }
    }

    private void Connect(DesignerIntent.Connect connect)
    {
        if (ConnectionRules.Refusal(_editor.Design, connect.Handoff, connect.From, connect.To) is { } reason)
        {
            Message = reason;
            Notify();
            Refused?.Invoke(reason);
            return;
        }

        string? edgeId = null;
        _editor.Execute(connect.Handoff ? "Add handoff" : "Add tool edge", d =>
        {
            var (next, id) = DesignCommands.Connect(d, connect.Handoff, connect.From, connect.To);
            edgeId = id;
            return next;
        });
        _editor.Select([edgeId!]);
    }

    private void Add(string description, CanvasPosition? at, Func<DesignDocument, CanvasPosition, (DesignDocument Design, string Id)> add)
    {
        // Clicked in the palette rather than dropped: right of everything, so nothing is covered.
        var position = at ?? new CanvasPosition(Nodes.Count == 0 ? 40 : Nodes.Max(n => n.X) + 300, 40);
        string? id = null;
        _editor.Execute(description, d =>
        {
            var (next, newId) = add(d, position);
            id = newId;
            return next;
        });
        if (!string.IsNullOrEmpty(id))
        {
            _editor.Select([id]);
        }
    }

    private void Paste(string json)
    {
        IReadOnlyList<string> pasted = [];
        _editor.Execute("Paste", d =>
        {
            var (next, ids) = DesignClipboard.Paste(d, json);
            pasted = ids;
            return next;
        });
        _editor.Select(pasted);
    }

    private void OnDesignChanged(string description)
    {
        Opened = null;
        if (!_reloading)
        {
            _autosave.Schedule(_editor.Design, description);
        }

        Project();
        Notify();
    }

    // Problems already found for this very design (a handed-over opening) are not looked for again.
    private void Project(IReadOnlyList<DesignProblem>? problems = null)
    {
        (Nodes, Links) = DiagramProjection.Project(_editor.Design);
        Problems = problems ?? [.. DesignValidator.Validate(_editor.Design).OrderBy(p => p.IsError ? 0 : 1)];
        ProblemIds = Problems.Where(p => p.NodeId is not null).Select(p => p.NodeId!).ToHashSet(StringComparer.Ordinal);
    }

    private void Announce(DesignerIntent intent)
    {
        // A refused connection is announced by its reason, which the message above the canvas shows too.
        var words = intent is DesignerIntent.Connect && Message is { } refusal && !_editor.Selection.Any(id => _editor.Design.Edges.Any(e => e.Id == id))
            ? refusal
            : DesignerAnnouncements.After(intent, _editor.Design, _editor.Selection);
        if (words is not null && words != Announcement)
        {
            Announcement = words;
            Notify();
        }
    }

    private void Notify() => Changed?.Invoke();
}
