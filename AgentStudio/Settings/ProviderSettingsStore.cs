using AgentStudio.Core.Running.Models.Providers;
using AgentStudio.Storage;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace AgentStudio.Settings;

/// <summary>
/// The providers entered on the settings page, in <c>providers.json</c> in the data folder, keys encrypted with
/// ASP.NET Core Data Protection (its key ring in the data folder's <c>keys</c>). Raises <see cref="Changed"/> so that
/// the model catalog is rebuilt. Thread-safe.
/// </summary>
public sealed class ProviderSettingsStore
{
    private readonly IDataProtector _protector;
    private readonly SettingsFile<ProviderRecord> _file;
    private readonly ILogger<ProviderSettingsStore> _logger;

    /// <summary>A store in the configured data folder.</summary>
    public ProviderSettingsStore(IDataProtectionProvider protection, IOptions<StorageOptions> storage, ILogger<ProviderSettingsStore> logger)
    {
        ArgumentNullException.ThrowIfNull(protection);
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(logger);
        _protector = protection.CreateProtector(ProviderKeyBinding.Purpose);
        _logger = logger;
        _file = new SettingsFile<ProviderRecord>(Path.Combine(storage.Value.ResolvedDataFolder, "providers.json"), logger);
    }

    /// <summary>Raised after every change.</summary>
    public event Action? Changed;

    /// <summary>The providers, as the settings page shows them (keys stay encrypted).</summary>
    public IReadOnlyList<ProviderRecord> Providers => _file.Read();

    /// <summary>
    /// Adds or replaces a provider. A null or blank <paramref name="newApiKey"/> keeps the stored key only while the
    /// kind and endpoint stay the same: a key is bound to the endpoint it was entered for, so changing the endpoint
    /// clears it and it must be entered again (otherwise anyone at the page could send it to a server of theirs).
    /// </summary>
    public void Save(ProviderRecord provider, string? newApiKey)
    {
        ArgumentNullException.ThrowIfNull(provider);
        var existing = Providers.FirstOrDefault(p => p.Id == provider.Id);
        var record = string.IsNullOrWhiteSpace(newApiKey)
            ? existing is not null && ProviderKeyBinding.SameTarget(existing, provider)
                ? provider with { ProtectedApiKey = existing.ProtectedApiKey, KeyHint = existing.KeyHint }
                : provider with { ProtectedApiKey = null, KeyHint = null }
            : provider with { ProtectedApiKey = _protector.Protect(ProviderKeyBinding.Bind(provider, newApiKey.Trim())), KeyHint = newApiKey.Trim()[^Math.Min(4, newApiKey.Trim().Length)..] };
        _file.Update(providers => [.. providers.Where(p => p.Id != record.Id), record]);

        Changed?.Invoke();
    }

    /// <summary>Whether saving <paramref name="edited"/> without a new key keeps the stored key of the provider it edits.</summary>
    public bool KeepsKey(ProviderRecord edited)
    {
        ArgumentNullException.ThrowIfNull(edited);
        return Providers.FirstOrDefault(p => p.Id == edited.Id) is { KeyHint: not null } existing && ProviderKeyBinding.SameTarget(existing, edited);
    }

    /// <summary>Removes a provider.</summary>
    public void Delete(Guid id)
    {
        _file.Update(providers => [.. providers.Where(p => p.Id != id)]);

        Changed?.Invoke();
    }

    /// <summary>The settings the model layer needs, with the key decrypted (server side only).</summary>
    /// <remarks>A provider whose endpoint is not a URL (the file was edited by hand) is left out with a warning.</remarks>
    public IReadOnlyList<ModelProviderSettings> ToSettings() => [.. Providers.Where(Usable).Select(ToSettings)];

    /// <summary>One provider's settings, with the key decrypted (server side only).</summary>
    public ModelProviderSettings ToSettings(ProviderRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var settings = new ModelProviderSettings
        {
            Name = record.Name,
            Kind = record.Kind,
            Endpoint = string.IsNullOrWhiteSpace(record.Endpoint) ? null : new Uri(record.Endpoint),
            ApiKey = Unprotect(record),
        };
        foreach (var model in record.Models)
        {
            settings.Models.Add(model);
        }

        foreach (var (model, deployment) in record.Deployments)
        {
            settings.Deployments[model] = deployment;
        }

        return settings;
    }

    private bool Usable(ProviderRecord record)
    {
        if (string.IsNullOrWhiteSpace(record.Endpoint) || Uri.TryCreate(record.Endpoint, UriKind.Absolute, out _))
        {
            return true;
        }

        _logger.LogWarning("Provider {Provider} is ignored: its endpoint '{Endpoint}' is not a URL; correct it on the settings page.", record.Name, record.Endpoint);
        return false;
    }

    // A key the data protection key ring can no longer decrypt (the ring was lost) counts as missing: the provider
    // then says it needs a key, rather than the app failing to start.
    private string? Unprotect(ProviderRecord record)
    {
        if (record.ProtectedApiKey is not { } protectedKey)
        {
            return null;
        }

        try
        {
            var key = ProviderKeyBinding.Open(_protector.Unprotect(protectedKey), record);
            if (key is null)
            {
                _logger.LogWarning("The API key of provider {Provider} was entered for another endpoint and is not used; enter it again on the settings page.", record.Name);
            }

            return key;
        }
        catch (System.Security.Cryptography.CryptographicException e)
        {
            _logger.LogError(e, "The API key of provider {Provider} can no longer be decrypted; enter it again on the settings page.", record.Name);
            return null;
        }
    }

}
