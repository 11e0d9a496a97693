using System.Text.Json;
using System.Text.Json.Serialization;
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
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true, Converters = { new JsonStringEnumConverter() } };
    private readonly IDataProtector _protector;
    private readonly string _file;
    private readonly Lock _gate = new();
    private readonly ILogger<ProviderSettingsStore> _logger;
    private List<ProviderRecord> _providers;

    /// <summary>A store in the configured data folder.</summary>
    public ProviderSettingsStore(IDataProtectionProvider protection, IOptions<StorageOptions> storage, ILogger<ProviderSettingsStore> logger)
    {
        ArgumentNullException.ThrowIfNull(protection);
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(logger);
        _protector = protection.CreateProtector("AgentStudio.ProviderKeys.v1");
        _logger = logger;
        _file = Path.Combine(storage.Value.ResolvedDataFolder, "providers.json");
        _providers = Load();
    }

    /// <summary>Raised after every change.</summary>
    public event Action? Changed;

    /// <summary>The providers, as the settings page shows them (keys stay encrypted).</summary>
    public IReadOnlyList<ProviderRecord> Providers
    {
        get
        {
            lock (_gate)
            {
                return [.. _providers];
            }
        }
    }

    /// <summary>Adds or replaces a provider; a null or blank <paramref name="newApiKey"/> keeps the stored key.</summary>
    public void Save(ProviderRecord provider, string? newApiKey)
    {
        ArgumentNullException.ThrowIfNull(provider);
        var record = string.IsNullOrWhiteSpace(newApiKey)
            ? provider with { ProtectedApiKey = Providers.FirstOrDefault(p => p.Id == provider.Id)?.ProtectedApiKey, KeyHint = Providers.FirstOrDefault(p => p.Id == provider.Id)?.KeyHint }
            : provider with { ProtectedApiKey = _protector.Protect(newApiKey.Trim()), KeyHint = newApiKey.Trim()[^Math.Min(4, newApiKey.Trim().Length)..] };
        lock (_gate)
        {
            _providers = [.. _providers.Where(p => p.Id != record.Id), record];
            Persist();
        }

        Changed?.Invoke();
    }

    /// <summary>Removes a provider.</summary>
    public void Delete(Guid id)
    {
        lock (_gate)
        {
            _providers = [.. _providers.Where(p => p.Id != id)];
            Persist();
        }

        Changed?.Invoke();
    }

    /// <summary>The settings the model layer needs, with the key decrypted (server side only).</summary>
    public IReadOnlyList<ModelProviderSettings> ToSettings() => [.. Providers.Select(ToSettings)];

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

    // A file that no longer reads (edited by hand, half-copied) must not stop the app: it is kept aside, and the
    // app starts with no providers from the settings page.
    private List<ProviderRecord> Load()
    {
        if (!File.Exists(_file))
        {
            return [];
        }

        try
        {
            return JsonSerializer.Deserialize<List<ProviderRecord>>(File.ReadAllText(_file), Json) ?? [];
        }
        catch (JsonException e)
        {
            var aside = $"{_file}.unreadable-{DateTime.UtcNow:yyyyMMddHHmmss}";
            File.Move(_file, aside);
            _logger.LogError(e, "{File} could not be read and was moved to {Aside}; the providers of the settings page start empty.", _file, aside);
            return [];
        }
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
            return _protector.Unprotect(protectedKey);
        }
        catch (System.Security.Cryptography.CryptographicException e)
        {
            _logger.LogError(e, "The API key of provider {Provider} can no longer be decrypted; enter it again on the settings page.", record.Name);
            return null;
        }
    }

    private void Persist()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_file)!);
        var temporary = _file + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(_providers, Json));
        // Replace in one step, so a crash mid-write never leaves a half-written file.
        File.Move(temporary, _file, overwrite: true);
    }
}
