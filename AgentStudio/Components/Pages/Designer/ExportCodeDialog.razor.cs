using AgentStudio.Exporting;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;

namespace AgentStudio.Components.Pages.Designer;

/// <summary>
/// Shows a <see cref="CodeExportPreview"/>. Closes with the ids of the elements to show in the designer when the user
/// picks one (or all) of those a refusal names; cancelled otherwise. While it is open, <see cref="OnOutcomeShown"/> tells the
/// page which language it shows.
/// </summary>
public sealed partial class ExportCodeDialog : IAsyncDisposable
{
    private readonly Dictionary<string, ElementReference> _codes = new(StringComparer.Ordinal);
    private ElementReference _root;
    private IJSObjectReference? _module;
    private int _activeTab;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    /// <summary>The design exported to every target.</summary>
    [Parameter, EditorRequired]
    public CodeExportPreview Preview { get; set; } = default!;

    /// <summary>
    /// Raised with the outcome of the language the dialog shows: when it opens, and each time another tab is chosen;
    /// the page marks that language's refusals on the canvas.
    /// </summary>
    [Parameter]
    public EventCallback<CodeExportOutcome?> OnOutcomeShown { get; set; }

    /// <inheritdoc />
    protected override Task OnInitializedAsync() => ReportShownAsync();

    private Task ReportShownAsync() => OnOutcomeShown.InvokeAsync(Preview.Outcomes.ElementAtOrDefault(_activeTab));

    private string NameOf(string id) => Preview.ElementNames.GetValueOrDefault(id, id);

    private void Show(IReadOnlyList<string> ids) => Dialog.Close(DialogResult.Ok(ids));

    /// <inheritdoc />
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        // Every render may have added code elements (a tab shown for the first time); those already highlighted are skipped.
        _module ??= await JS.InvokeAsync<IJSObjectReference>("import", "./js/code-view.js");
        await _module.InvokeVoidAsync("highlightWithin", _root);
    }

    private async Task CopyAsync(string key, string path)
    {
        try
        {
            if (_module is not null && _codes.TryGetValue(key, out var code))
            {
                await _module.InvokeVoidAsync("copyText", code);
                Snackbar.Add($"Copied {path}", Severity.Success);
            }
        }
        catch (JSException e)
        {
            Snackbar.Add($"Could not copy {path}: {e.Message}", Severity.Warning);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_module is not null)
        {
            try
            {
                await _module.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
                // The circuit is gone, and the module with it.
            }
        }
    }
}
