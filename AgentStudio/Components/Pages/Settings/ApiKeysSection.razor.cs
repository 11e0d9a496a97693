using AgentStudio.Security.ApiKeys;
using AgentStudio.Components.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;

namespace AgentStudio.Components.Pages.Settings;

/// <summary>
/// The API keys section of the settings page. A new key's text lives in this component only until "Done" or the page
/// closes; the store keeps its hash.
/// </summary>
public sealed partial class ApiKeysSection : IAsyncDisposable
{
    private IReadOnlyList<ApiKey> _keys = [];
    private CreatedApiKey? _created;
    private ElementReference _secretElement;
    private IJSObjectReference? _module;
    private string? _name;
    private string? _error;

    [Inject]
    private ApiKeyStore Store { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    /// <inheritdoc />
    protected override async Task OnInitializedAsync()
    {
        Store.Changed += OnStoreChanged;
        _keys = await Store.ListAsync();
    }

    private async Task CreateAsync()
    {
        try
        {
            _created = await Store.CreateAsync(_name ?? "");
            _name = null;
            _error = null;
        }
        catch (ApiKeyNameException e)
        {
            _error = e.Message;
        }
    }

    private void Dismiss() => _created = null;

    private async Task RevokeAsync(ApiKey key)
    {
        if (await Dialogs.ConfirmAsync($"Revoke {key.Name}?", $"Calls with the key {key.Prefix}… are refused from now on. This cannot be undone: a revoked key stays revoked.", "Revoke"))
        {
            await Store.RevokeAsync(key.Name);
        }
    }

    private async Task CopyAsync()
    {
        try
        {
            _module ??= await JS.InvokeAsync<IJSObjectReference>("import", "./js/code-view.js");
            await _module.InvokeVoidAsync("copyText", _secretElement);
            Snackbar.Add("Copied the key", Severity.Success);
        }
        catch (JSException e)
        {
            Snackbar.Add($"Could not copy the key: {e.Message}; select it and copy it by hand.", Severity.Warning);
        }
    }

    // Raised by whichever circuit created or revoked a key; the list is read again on this component's thread.
    private void OnStoreChanged() => _ = ReloadAsync();

    private async Task ReloadAsync()
    {
        try
        {
            var keys = await Store.ListAsync();
            RenderFromAnyThread(() => _keys = keys);
        }
#pragma warning disable CA1031 // Every failure goes to the renderer, which shows it like any other.
        catch (Exception e)
#pragma warning restore CA1031
        {
            await InvokeAsync(() => DispatchExceptionAsync(e));
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Store.Changed -= OnStoreChanged;
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
