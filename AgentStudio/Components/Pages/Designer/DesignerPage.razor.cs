using AgentStudio.Core.Validation;
using AgentStudio.Designer;
using AgentStudio.Designs;
using AgentStudio.Exporting;
using AgentStudio.Core.Exporting;
using AgentStudio.Diagram;
using AgentStudio.Storage;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.JSInterop;
using MudBlazor;

namespace AgentStudio.Components.Pages.Designer;

/// <summary>
/// The designer of one stored design: palette, canvas, properties and problems. It renders a
/// <see cref="DesignerSession"/> and forwards every intent to it; what remains here is what needs the browser:
/// dialogs, snackbars, navigation and the canvas's view (fit, zoom, centre).
/// </summary>
public sealed partial class DesignerPage
{
    // The key in the page's persisted state under which a prerender leaves the key of the design it opened (DesignerHandoff).
    private const string HandoffStateKey = "designer-handoff";
    // Cancelled when the page goes away: a load or store call still running then has nobody to show its result to.
    private readonly CancellationTokenSource _lifetime = new();
    private PersistingComponentStateSubscription _persisting;
    private DesignerSession? _session;
    private DiagramCanvas? _canvas;
    private InputFile? _importInput;
    private bool _notFound;
    private bool _publishing;
    // What the export dialog's language cannot express, marked on the canvas while the dialog is open, and after its
    // "Show" until the user's next step on the design (the marks describe the revision the dialog exported).
    private IReadOnlyDictionary<string, DiagramMark> _exportMarks = ExportRefusalMarks.None;

    /// <summary>The design's id.</summary>
    [Parameter]
    public Guid Id { get; set; }

    [Inject]
    private IDesignStore Store { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    [Inject]
    private DesignerHandoff Handoff { get; set; } = default!;

    [Inject]
    private PersistentComponentState PageState { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private CodeExporter Exporter { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    /// <inheritdoc />
    protected override void OnInitialized() =>
        _persisting = PageState.RegisterOnPersisting(HandOffOpenedDesign);

    /// <inheritdoc />
    protected override async Task OnParametersSetAsync()
    {
        if (_session?.DesignId == Id)
        {
            return;
        }

        // Another design in the same page (after "save mine as a copy"): the previous one saves what it holds first.
        await CloseSessionAsync();
        // A page loaded in full is prerendered, then rendered again on its circuit: the prerender has read and validated
        // the design already, and handed it over.
        _session = TakeHandedOver() is { } opened
            ? new DesignerSession(Store, opened, Time)
            : await DesignerSession.OpenAsync(Store, Id, Time, _lifetime.Token);
        _notFound = _session is null;
        if (_session is not null)
        {
            _session.Changed += OnSessionChanged;
            _session.Refused += OnRefused;
        }
    }

    private OpenedDesign? TakeHandedOver() =>
        PageState.TryTakeFromJson<string>(HandoffStateKey, out var key) && key is not null ? Handoff.Take(key, Id) : null;

    // Only a prerender hands its design over; a circuit that is paused (.NET 10 persists state then too) keeps nothing here.
    private Task HandOffOpenedDesign()
    {
        if (!RendererInfo.IsInteractive && _session?.Opened is { } opened && Handoff.Offer(opened) is { } key)
        {
            PageState.PersistAsJson(HandoffStateKey, key);
        }

        return Task.CompletedTask;
    }

    private void Execute(DesignerIntent intent)
    {
        _exportMarks = ExportRefusalMarks.None;
        _session!.Execute(intent);
    }

    // Raised on the render thread for intents, and on the thread pool when a save changes the save state.
    private void OnSessionChanged() => RenderFromAnyThread();

    private void OnRefused(string reason) => Snackbar.Add(reason, Severity.Warning);

    private Task ZoomOutAsync() => _canvas!.ZoomAsync(1 / 1.2).AsTask();

    private Task ZoomInAsync() => _canvas!.ZoomAsync(1.2).AsTask();

    private Task FitAsync() => _canvas!.FitAsync().AsTask();

    // The canvas fits what it has drawn, so it draws the new layout first.
    private async Task FitAfterRenderAsync()
    {
        StateHasChanged();
        await Task.Yield();
        await _canvas!.FitAsync();
    }

    private Task ArrangeAsync()
    {
        Execute(new DesignerIntent.ArrangeAll());
        return FitAfterRenderAsync();
    }

    // A palette click or key: the new node goes where the user is looking, the middle of the visible canvas.
    private async Task AddFromPaletteAsync(string key)
    {
        var centre = _canvas is null ? null : await _canvas.ViewCentreAsync();
        if (_session is { } session && PaletteKeys.ToIntent(key, centre is { } c ? session.FreeSpotNear(c) : null) is { } add)
        {
            session.Execute(add);
        }
    }

    // "Connect to…" (the C key on an agent, or its properties): pick a target, then draw the edge and give the focus back to the agent.
    private async Task ConnectFromAsync(string fromId)
    {
        var session = _session!;
        var parameters = new DialogParameters<ConnectDialog>
        {
            { d => d.FromName, DesignerAnnouncements.NameOf(session.Design, fromId) },
            { d => d.Options, session.ConnectOptionsFrom(fromId) },
        };
        var dialog = await Dialogs.ShowAsync<ConnectDialog>($"Connect {DesignerAnnouncements.NameOf(session.Design, fromId)} to…", parameters,
            new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true, DefaultFocus = DefaultFocus.FirstChild });
        if (await dialog.Result is { Canceled: false, Data: ConnectOption option })
        {
            session.Execute(option.ToIntent(fromId));
        }

        if (_canvas is not null)
        {
            await _canvas.FocusNodeAsync(fromId);
        }
    }

    private async Task PickProblemAsync(DesignProblem problem)
    {
        if (problem.NodeId is { } id)
        {
            Execute(new DesignerIntent.Select(id));
            await _canvas!.CenterOnAsync(id);
        }
    }

    private async Task ShowHistoryAsync()
    {
        var session = _session!;
        await session.FlushAsync();
        var parameters = new DialogParameters<Pages.Designs.HistoryDialog> { { d => d.DesignId, Id }, { d => d.DesignName, session.Design.Name } };
        var dialog = await Dialogs.ShowAsync<Pages.Designs.HistoryDialog>($"History of {session.Design.Name}", parameters, new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true });
        await dialog.Result;
        await session.ReloadIfRestoredAsync(_lifetime.Token);
    }

    // The saved design is what the zip downloads, so the dialog shows it: the last edit is saved first.
    private async Task ShowCodeExportAsync()
    {
        var session = _session!;
        await session.FlushAsync();
        if (await CodeExportPreview.LoadAsync(Store, Exporter, Id, _lifetime.Token) is not { } preview)
        {
            Snackbar.Add("This design is no longer stored, so it cannot be exported.", Severity.Warning);
            return;
        }

        var parameters = new DialogParameters<ExportCodeDialog>
        {
            { d => d.Preview, preview },
            { d => d.OnOutcomeShown, EventCallback.Factory.Create<CodeExportOutcome?>(this, outcome => _exportMarks = ExportRefusalMarks.Of(outcome)) },
        };
        var dialog = await Dialogs.ShowAsync<ExportCodeDialog>($"Export {preview.DesignName} as code", parameters,
            new DialogOptions { MaxWidth = MaxWidth.Large, FullWidth = true, CloseOnEscapeKey = true, CloseButton = true });
        // "Show" on an element a message names: select it (or them) and bring the first into view. The dialog covered the
        // canvas, so the shown language's marks stay on it (selecting would clear them) and say there why; closing the
        // dialog otherwise takes them away.
        if (await dialog.Result is { Canceled: false, Data: IReadOnlyList<string> { Count: > 0 } ids })
        {
            var marks = _exportMarks;
            Execute(ids.Count == 1 ? new DesignerIntent.Select(ids[0]) : new DesignerIntent.SelectMany(ids));
            _exportMarks = marks;
            await _canvas!.CenterOnAsync(ids[0]);
        }
        else
        {
            _exportMarks = ExportRefusalMarks.None;
        }
    }

    // The menu's "Replace with a file…": the browser's file picker of the page's hidden input, whose change imports.
    private async Task PickImportFileAsync()
    {
        if (_importInput?.Element is { } input)
        {
            await using var module = await JS.InvokeAsync<IJSObjectReference>("import", _lifetime.Token, "./js/file-picker.js");
            await module.InvokeVoidAsync("openPicker", _lifetime.Token, input);
        }
    }

    private async Task ImportAsync(InputFileChangeEventArgs e)
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

        Execute(new DesignerIntent.Import(preview.Design!, preview.FileName));
        await FitAfterRenderAsync();
    }

    private async Task PublishAsync()
    {
        var session = _session!;
        _publishing = true;
        try
        {
            // A refusal shows as the session's message and a snackbar (Refused).
            if (await session.PublishAsync(_lifetime.Token))
            {
                Snackbar.Add($"Published revision {session.PublishedRevision}: API calls to {session.Slug} run it", Severity.Success);
            }
        }
        finally
        {
            _publishing = false;
        }
    }

    private Task ChangeSlugAsync(string slug) => _session!.ChangeSlugAsync(slug, _lifetime.Token);

    private string PublishText => _session!.PublishedRevision is { } published ? $"Published · revision {published}" : "Not published";

    private Task ReloadLatestAsync() => _session!.ReloadLatestAsync(_lifetime.Token);

    private async Task RestoreFromTrashAsync()
    {
        var session = _session!;
        if (await session.RestoreFromTrashAsync(_lifetime.Token))
        {
            Snackbar.Add($"Restored {session.Design.Name} from the trash", Severity.Success);
        }
    }

    private async Task SaveCopyAsync()
    {
        var copy = await _session!.SaveCopyAsync(_lifetime.Token);
        Navigation.NavigateTo($"designs/{copy}", forceLoad: false);
    }

    private async Task FlushBeforeLeavingAsync(LocationChangingContext context)
    {
        if (_session is { HasUnsavedChanges: true } session)
        {
            await session.FlushAsync();
        }
    }

    private string SaveText => _session!.SaveState switch
    {
        SaveState.Saved => $"Saved · revision {_session.BaseRevision}",
        SaveState.Pending => "Unsaved changes",
        SaveState.Saving => "Saving…",
        SaveState.Conflict => "Not saved: conflict",
        SaveState.Trashed => "Not saved: in the trash",
        _ => _session.SaveMessage ?? "Not saved",
    };

    private Color SaveColor => _session!.SaveState switch
    {
        SaveState.Saved => Color.Success,
        SaveState.Conflict or SaveState.Failed or SaveState.Trashed => Color.Error,
        _ => Color.Default,
    };

    private async Task CloseSessionAsync()
    {
        if (_session is { } session)
        {
            _session = null;
            session.Changed -= OnSessionChanged;
            session.Refused -= OnRefused;
            await session.DisposeAsync();
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _persisting.Dispose();
        await _lifetime.CancelAsync();
        // The session's last save is not cancelled: leaving the page must not lose the last edit.
        await CloseSessionAsync();
        _lifetime.Dispose();
    }
}
