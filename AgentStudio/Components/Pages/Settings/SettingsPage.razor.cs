using AgentStudio.Core.Running.Models.Providers;
using AgentStudio.Components.Shared;
using AgentStudio.Settings;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.AI;
using MudBlazor;

namespace AgentStudio.Components.Pages.Settings;

/// <summary>The settings page: add, edit, test and delete model providers. The key field is write-only.</summary>
public sealed partial class SettingsPage
{
    private ProviderRecord? _editing;
    private string? _name;
    private ModelProviderKind _kind = ModelProviderKind.OpenAICompatible;
    private string? _endpoint;
    private string? _models;
    private string? _apiKey;
    private string? _deployments;
    private string? _error;
    private bool _testing;
    private (bool Ok, string Message)? _testResult;

    [Inject]
    private ProviderSettingsStore Store { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    private void Edit(ProviderRecord provider)
    {
        _editing = provider;
        _name = provider.Name;
        _kind = provider.Kind;
        _endpoint = provider.Endpoint;
        _models = string.Join(", ", provider.Models);
        _deployments = string.Join("\n", provider.Deployments.Select(p => $"{p.Key}={p.Value}"));
        // The key is never put back into the page: the field stays empty and an empty field keeps the key.
        _apiKey = null;
        _error = null;
    }

    private void Clear()
    {
        _editing = null;
        _name = _endpoint = _models = _apiKey = _deployments = _error = null;
        _kind = ModelProviderKind.OpenAICompatible;
    }

    private void Save()
    {
        var record = new ProviderRecord
        {
            Id = _editing?.Id ?? Guid.NewGuid(),
            Name = _name?.Trim() ?? "",
            Kind = _kind,
            Endpoint = string.IsNullOrWhiteSpace(_endpoint) ? null : _endpoint.Trim(),
            Models = [.. (_models ?? "").Split(',').Select(m => m.Trim()).Where(m => m.Length > 0)],
            // Deployments mean something only to Azure: a kind changed away from it drops them.
            Deployments = _kind != ModelProviderKind.AzureOpenAI ? new Dictionary<string, string>(StringComparer.Ordinal) : (_deployments ?? "").Split('\n').Select(l => l.Split('=', 2)).Where(p => p.Length == 2 && p[0].Trim().Length > 0)
                .ToDictionary(p => p[0].Trim(), p => p[1].Trim(), StringComparer.Ordinal),
        };
        _error = ProviderForm.Problem(record, hasKey: !string.IsNullOrWhiteSpace(_apiKey) || Store.KeepsKey(record), Store.Providers);
        if (_error is not null)
        {
            return;
        }

        Store.Save(record, _apiKey);
        Clear();
    }

    private async Task DeleteAsync(ProviderRecord provider)
    {
        if (await Dialogs.ConfirmAsync($"Delete {provider.Name}?", $"Agents whose models {provider.Name} serves will run on another provider, or on the simulated model. Its stored key is deleted too.", "Delete"))
        {
            Store.Delete(provider.Id);
            if (_editing?.Id == provider.Id)
            {
                Clear();
            }
        }
    }

    private async Task TestAsync(ProviderRecord provider)
    {
        _testing = true;
        _testResult = null;
        var settings = Store.ToSettings(provider);
        var model = settings.Models.FirstOrDefault() ?? "gpt-4o-mini";
        try
        {
            settings.MaxRetries = 0;
            settings.Timeout = TimeSpan.FromSeconds(20);
            var client = new OpenAIModelSource(settings).TryGetChatClient(model)!;
            var response = await client.GetResponseAsync("Reply with the word OK.", new ChatOptions { MaxOutputTokens = 16 });
            _testResult = (true, $"Connected: {model} answered \"{Shorten(response.Text)}\".");
        }
#pragma warning disable CA1031 // Any failure is the answer to "does it work?", shown to the user.
        catch (Exception e)
#pragma warning restore CA1031
        {
            var message = settings.ApiKey is { Length: > 0 } key ? e.Message.Replace(key, "***", StringComparison.Ordinal) : e.Message;
            _testResult = (false, $"{provider.Name} did not answer for {model}: {message}");
        }
        finally
        {
            _testing = false;
        }
    }

    // A key is bound to its endpoint: the form says so as soon as an edit would drop it.
    private bool EditDropsKey => _editing is { KeyHint: not null } editing
        && (editing.Kind != _kind || !string.Equals(editing.Endpoint ?? "", _endpoint?.Trim() ?? "", StringComparison.Ordinal))
        && string.IsNullOrWhiteSpace(_apiKey);

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
