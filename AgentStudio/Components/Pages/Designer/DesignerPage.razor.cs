using AgentStudio.Core.Designs;
using AgentStudio.Core.Editing;
using AgentStudio.Core.Validation;
using AgentStudio.Designs;
using AgentStudio.Diagram;
using AgentStudio.Storage;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using MudBlazor;

namespace AgentStudio.Components.Pages.Designer;

/// <summary>
/// The designer of one stored design: palette, canvas, properties and problems. Every edit is a command on the
/// <see cref="DesignEditor"/> (undoable), saved by <see cref="DesignAutosave"/> as a revision after a short debounce.
/// </summary>
public sealed partial class DesignerPage
{
    private DesignEditor? _editor;
    private DesignAutosave? _autosave;
    private DiagramCanvas? _canvas;
    private IReadOnlyList<DiagramNode> _nodes = [];
    private IReadOnlyList<DiagramLink> _links = [];
    private IReadOnlyList<DesignProblem> _problems = [];
    private IReadOnlySet<string> _problemIds = new HashSet<string>();
    private bool _notFound;
    private string? _message;

    /// <summary>The design's id.</summary>
    [Parameter]
    public Guid Id { get; set; }

    [Inject]
    private IDesignStore Store { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    /// <inheritdoc />
    protected override async Task OnParametersSetAsync()
    {
        if (_autosave is not null)
        {
            // Another design in the same page (after "save mine as a copy"): the previous one saves what it holds first.
            await _autosave.DisposeAsync();
        }

        var stored = await Store.GetAsync(Id);
        if (stored is null || stored.DeletedAt is not null)
        {
            _notFound = true;
            return;
        }

        _editor = new DesignEditor(stored.Document);
        _editor.Changed += OnDesignChanged;
        _autosave = new DesignAutosave(Store, Id, stored.Revision, Time);
        _autosave.StateChanged += () => _ = InvokeAsync(StateHasChanged);
        Project();
    }

    private void OnDesignChanged(string description)
    {
        _autosave!.Schedule(_editor!.Design, description);
        Project();
    }

    private void Project()
    {
        (_nodes, _links) = DiagramProjection.Project(_editor!.Design);
        _problems = [.. DesignValidator.Validate(_editor.Design).OrderBy(p => p.IsError ? 0 : 1)];
        _problemIds = _problems.Where(p => p.NodeId is not null).Select(p => p.NodeId!).ToHashSet(StringComparer.Ordinal);
    }

    private Task MoveAsync((string Id, double X, double Y) move)
    {
        _editor!.Execute("Move", d => DesignCommands.Move(d, new Dictionary<string, CanvasPosition> { [move.Id] = new(move.X, move.Y) }));
        return Task.CompletedTask;
    }

    private Task MoveManyAsync(IReadOnlyList<(string Id, double X, double Y)> moves)
    {
        _editor!.Execute($"Move {moves.Count} items", d => DesignCommands.Move(d, moves.ToDictionary(m => m.Id, m => new CanvasPosition(m.X, m.Y), StringComparer.Ordinal)));
        return Task.CompletedTask;
    }

    private Task SelectManyAsync(IReadOnlyList<string> ids)
    {
        _editor!.Select(ids);
        return Task.CompletedTask;
    }

    private string? CopySelection() => DesignClipboard.Copy(_editor!.Design, _editor.Selection);

    private Task PasteAsync(string json)
    {
        IReadOnlyList<string> pasted = [];
        _editor!.Execute("Paste", d =>
        {
            var (next, ids) = DesignClipboard.Paste(d, json);
            pasted = ids;
            return next;
        });
        _editor.Select(pasted);
        return Task.CompletedTask;
    }

    private Task ConnectAsync((bool Handoff, string From, string To) connect)
    {
        if (ConnectionRules.Refusal(_editor!.Design, connect.Handoff, connect.From, connect.To) is { } reason)
        {
            _message = reason;
            Snackbar.Add(reason, Severity.Warning);
            return Task.CompletedTask;
        }

        string? edgeId = null;
        _editor.Execute(connect.Handoff ? "Add handoff" : "Add tool edge", d =>
        {
            var (next, id) = DesignCommands.Connect(d, connect.Handoff, connect.From, connect.To);
            edgeId = id;
            return next;
        });
        _editor.Select([edgeId!]);
        return Task.CompletedTask;
    }

    private Task AddAsync((string Kind, double X, double Y) add)
    {
        var at = new CanvasPosition(add.X, add.Y);
        string? id = null;
        _editor!.Execute($"Add {add.Kind.Replace("tool:", "", StringComparison.Ordinal)}", d =>
        {
            var (next, newId) = add.Kind switch
            {
                "agent" => DesignCommands.AddAgent(d, at),
                "note" => DesignCommands.AddNote(d, at),
                var k when k.StartsWith("tool:", StringComparison.Ordinal) => DesignCommands.AddTool(d, k["tool:".Length..], at),
                _ => (d, ""),
            };
            id = newId;
            return next;
        });
        if (!string.IsNullOrEmpty(id))
        {
            _editor.Select([id]);
        }

        return Task.CompletedTask;
    }

    private Task AddAtFreeSpotAsync(string kind)
    {
        var right = _nodes.Count == 0 ? 40 : _nodes.Max(n => n.X) + 300;
        return AddAsync((kind, right, 40));
    }

    private Task SelectAsync((string? Id, bool Additive) select)
    {
        if (select.Id is null)
        {
            _editor!.Select([]);
        }
        else if (select.Additive)
        {
            _editor!.Select(_editor.Selection.Contains(select.Id) ? _editor.Selection.Where(s => s != select.Id) : [.. _editor.Selection, select.Id]);
        }
        else
        {
            _editor!.Select([select.Id]);
        }

        return Task.CompletedTask;
    }

    private Task CommandAsync(string command)
    {
        switch (command)
        {
            case "delete" when _editor!.Selection.Count > 0:
                var ids = _editor.Selection.ToHashSet(StringComparer.Ordinal);
                _editor.Execute(ids.Count == 1 ? "Delete" : $"Delete {ids.Count} items", d => DesignCommands.Delete(d, ids));
                break;
            case "undo":
                _editor!.Undo();
                break;
            case "redo":
                _editor!.Redo();
                break;
            case "duplicate" when DesignClipboard.Copy(_editor!.Design, _editor.Selection) is { } copied:
                return PasteAsync(copied);
            case "select-all":
                _editor!.Select(_nodes.Select(n => n.Id));
                break;
        }

        return Task.CompletedTask;
    }

    private Task EditAsync((string Description, Func<DesignDocument, DesignDocument> Change) edit)
    {
        // Fields send every keystroke; one field's typing on one element is one undo step.
        var target = _editor!.Selection.Count == 1 ? _editor.Selection.First() : "";
        _editor.Execute(edit.Description, edit.Change, mergeKey: $"{target}\n{edit.Description}");
        return Task.CompletedTask;
    }

    private async Task ArrangeAsync()
    {
        _editor!.Execute("Auto-layout", DesignCommands.ArrangeAll);
        StateHasChanged();
        await Task.Yield();
        await _canvas!.FitAsync();
    }

    private async Task PickProblemAsync(DesignProblem problem)
    {
        if (problem.NodeId is { } id)
        {
            _editor!.Select([id]);
            await _canvas!.CenterOnAsync(id);
        }
    }

    private async Task ShowHistoryAsync()
    {
        await _autosave!.FlushAsync();
        var parameters = new DialogParameters<Pages.Designs.HistoryDialog> { { d => d.DesignId, Id }, { d => d.DesignName, _editor!.Design.Name } };
        var dialog = await Dialogs.ShowAsync<Pages.Designs.HistoryDialog>($"History of {_editor.Design.Name}", parameters, new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true });
        await dialog.Result;
        if ((await Store.GetAsync(Id))?.Revision != _autosave.BaseRevision)
        {
            // A revision was restored: show it (restoring saved it as the newest revision).
            await ReloadLatestAsync();
        }
    }

    private async Task ImportAsync(Microsoft.AspNetCore.Components.Forms.InputFileChangeEventArgs e)
    {
        var preview = await DesignImporter.PreviewAsync(e.File);
        // Warnings show in the problems panel; a file that does not load, or has errors, asks first.
        if (!preview.Loaded || preview.HasErrors)
        {
            var parameters = new DialogParameters<Pages.Designs.ImportReportDialog> { { d => d.Preview, preview } };
            var dialog = await Dialogs.ShowAsync<Pages.Designs.ImportReportDialog>($"Import {preview.FileName}", parameters, new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true });
            if (!preview.Loaded || await dialog.Result is not { Canceled: false })
            {
                return;
            }
        }

        _editor!.Execute($"Import {preview.FileName}", _ => preview.Design!);
        _editor.Select([]);
        StateHasChanged();
        await Task.Yield();
        await _canvas!.FitAsync();
    }

    private async Task ReloadLatestAsync()
    {
        var latest = await Store.GetAsync(Id);
        if (latest is null)
        {
            _notFound = true;
            return;
        }

        _editor!.Changed -= OnDesignChanged;
        _editor.Reset(latest.Document);
        _editor.Changed += OnDesignChanged;
        _autosave!.Resolved(latest.Revision);
        Project();
    }

    private async Task RestoreFromTrashAsync()
    {
        try
        {
            await Store.RestoreDeletedAsync(Id);
        }
        catch (DesignNotFoundException)
        {
            _notFound = true;
            return;
        }

        Snackbar.Add($"Restored {_editor!.Design.Name} from the trash", Severity.Success);
        await _autosave!.ResumeAsync();
    }

    private async Task SaveCopyAsync()
    {
        var mine = _autosave!.Unsaved ?? _editor!.Design;
        var copy = await Store.CreateAsync(mine with { Name = $"{mine.Name} (my copy)" }, "Saved as a copy after a conflict");
        Navigation.NavigateTo($"designs/{copy.Id}", forceLoad: false);
    }

    private async Task FlushBeforeLeavingAsync(LocationChangingContext context)
    {
        if (_autosave is { HasUnsavedChanges: true } autosave)
        {
            await autosave.FlushAsync();
        }
    }

    private string SaveText => _autosave!.State switch
    {
        SaveState.Saved => $"Saved · revision {_autosave.BaseRevision}",
        SaveState.Pending => "Unsaved changes",
        SaveState.Saving => "Saving…",
        SaveState.Conflict => "Not saved: conflict",
        SaveState.Trashed => "Not saved: in the trash",
        _ => _autosave.Message ?? "Not saved",
    };

    private Color SaveColor => _autosave!.State switch
    {
        SaveState.Saved => Color.Success,
        SaveState.Conflict or SaveState.Failed or SaveState.Trashed => Color.Error,
        _ => Color.Default,
    };

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_autosave is not null)
        {
            await _autosave.DisposeAsync();
        }
    }
}
