using AgentStudio.Core.Designs;
using AgentStudio.Core.Running.Tools.Mcp;
using AgentStudio.Components.Shared;
using AgentStudio.Designs;
using AgentStudio.Storage;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using MudBlazor;

namespace AgentStudio.Components.Pages.Designs;

/// <summary>The list of stored designs: search, create, import, export, rename, duplicate, history, trash.</summary>
public sealed partial class DesignsPage
{
    private IReadOnlyList<DesignSummary>? _designs;
    private string? _search;
    private bool _showTrash;

    [Inject]
    private IDesignStore Store { get; set; } = default!;

    [Inject]
    private DesignImporter Importer { get; set; } = default!;

    [Inject]
    private AgentStudio.Settings.TrustedMcpCommandStore McpTrust { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    protected override Task OnInitializedAsync() => RefreshAsync();

    private async Task RefreshAsync()
    {
        try
        {
            _designs = await Store.ListAsync(_search, _showTrash);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _designs ??= [];
            Snackbar.Add($"Could not list designs: {ex.Message}", Severity.Error);
        }
    }

    private async Task OnSearchChangedAsync(string? text)
    {
        _search = text;
        await RefreshAsync();
    }

    private async Task ToggleTrashAsync()
    {
        _showTrash = !_showTrash;
        await RefreshAsync();
    }

    private async Task NewDesignAsync()
    {
        var dialog = await Dialogs.ShowAsync<NewDesignDialog>("New design", new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true });
        if (await dialog.Result is { Canceled: false, Data: Core.Designs.DesignDocument design })
        {
            await RunAsync(async () =>
            {
                await Store.CreateAsync(design);
                Snackbar.Add($"Created {design.Name}", Severity.Success);
            });
        }
    }

    private async Task ImportAsync(InputFileChangeEventArgs e)
    {
        var preview = await DesignImporter.PreviewAsync(e.File);
        // A file that wants to start programs is never imported silently: the report says which.
        var startsPrograms = preview.Design?.Tools.OfType<McpTool>().Select(McpCommandLine.Of).OfType<McpCommandLine>().Any(c => !McpTrust.IsTrusted(c)) ?? false;
        if (preview.Loaded && !preview.HasErrors && preview.Problems.Count == 0 && !startsPrograms)
        {
            await SaveImportAsync(preview);
            return;
        }

        await ShowImportReportAsync(preview);
    }

    private async Task ShowImportReportAsync(ImportPreview preview)
    {
        var parameters = new DialogParameters<ImportReportDialog> { { d => d.Preview, preview } };
        var dialog = await Dialogs.ShowAsync<ImportReportDialog>($"Import {preview.FileName}", parameters,
            new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true });
        if (await dialog.Result is { Canceled: false })
        {
            await SaveImportAsync(preview);
        }
    }

    private Task SaveImportAsync(ImportPreview preview) => RunAsync(async () =>
    {
        var stored = await Importer.SaveAsync(preview);
        Snackbar.Add($"Imported {stored.Document.Name}", Severity.Success);
    });

    private async Task RenameAsync(DesignSummary design)
    {
        var parameters = new DialogParameters<RenameDialog> { { d => d.CurrentName, design.Name } };
        var dialog = await Dialogs.ShowAsync<RenameDialog>("Rename design", parameters, new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        if (await dialog.Result is { Canceled: false, Data: string newName })
        {
            await RunAsync(() => Store.RenameAsync(design.Id, newName));
        }
    }

    private Task DuplicateAsync(DesignSummary design) => RunAsync(async () =>
    {
        var copy = await Store.DuplicateAsync(design.Id);
        Snackbar.Add($"Created {copy.Document.Name}", Severity.Success);
    });

    private async Task ShowHistoryAsync(DesignSummary design)
    {
        var parameters = new DialogParameters<HistoryDialog> { { d => d.DesignId, design.Id }, { d => d.DesignName, design.Name } };
        var dialog = await Dialogs.ShowAsync<HistoryDialog>($"History of {design.Name}", parameters, new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true });
        await dialog.Result;
        await RefreshAsync();
    }

    private Task DeleteAsync(DesignSummary design) => RunAsync(async () =>
    {
        await Store.DeleteAsync(design.Id);
        Snackbar.Add($"Moved {design.Name} to the trash", Severity.Normal, options =>
        {
            options.Action = "Undo";
            options.ActionColor = Color.Primary;
            options.OnClick = _ => RestoreDeletedAsync(design);
        });
    });

    private Task RestoreDeletedAsync(DesignSummary design) => RunAsync(async () =>
    {
        await Store.RestoreDeletedAsync(design.Id);
        Snackbar.Add($"Restored {design.Name}", Severity.Success);
    });

    private async Task DeleteForeverAsync(DesignSummary design)
    {
        if (await Dialogs.ConfirmAsync($"Delete {design.Name} forever?", $"{design.Name}, its history and its runs will be deleted for good. This cannot be undone.", "Delete forever"))
        {
            await RunAsync(async () =>
            {
                await Store.DeleteForeverAsync(design.Id);
                Snackbar.Add($"Deleted {design.Name} forever", Severity.Normal);
            });
        }
    }

    private async Task EmptyTrashAsync()
    {
        if (await Dialogs.ConfirmAsync("Empty the trash?", "Every design in the trash, with its history and its runs, will be deleted for good. This cannot be undone.", "Empty trash"))
        {
            await RunAsync(async () =>
            {
                var count = await Store.EmptyTrashAsync();
                Snackbar.Add(count == 1 ? "Deleted 1 design forever" : $"Deleted {count} designs forever", Severity.Normal);
            });
        }
    }

    // Store failures become a message; the circuit and the list stay usable.
    private async Task RunAsync(Func<Task> action)
    {
        try
        {
            await action();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Snackbar.Add(ex.Message, Severity.Error);
        }

        await RefreshAsync();
        StateHasChanged();
    }
}
