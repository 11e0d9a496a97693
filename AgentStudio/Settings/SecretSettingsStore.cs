using System.Text.RegularExpressions;
using AgentStudio.Core.Running.Tools;
using AgentStudio.Storage;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace AgentStudio.Settings;

/// <summary>
/// The secrets of the settings page, in <c>secrets.json</c> in the data folder, values encrypted like provider keys,
/// each bound to the hosts it may be sent to. Resolves <c>${secret:NAME}</c> for tools. Thread-safe.
/// </summary>
public sealed partial class SecretSettingsStore : ISecretResolver
{
    private readonly IDataProtector _protector;
    private readonly SettingsFile<SecretRecord> _file;
    private readonly ILogger<SecretSettingsStore> _logger;

    /// <summary>A store in the configured data folder.</summary>
    public SecretSettingsStore(IDataProtectionProvider protection, IOptions<StorageOptions> storage, ILogger<SecretSettingsStore> logger)
    {
        ArgumentNullException.ThrowIfNull(protection);
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(logger);
        _protector = protection.CreateProtector("AgentStudio.Secrets.v1");
        _logger = logger;
        _file = new SettingsFile<SecretRecord>(Path.Combine(storage.Value.ResolvedDataFolder, "secrets.json"), logger);
    }

    /// <summary>Raised after every change.</summary>
    public event Action? Changed;

    /// <summary>The secrets as the settings page shows them (values stay encrypted).</summary>
    public IReadOnlyList<SecretRecord> Secrets => _file.Read();

    /// <summary>Why <paramref name="name"/> cannot name a secret, or null when it can.</summary>
    public static string? NameProblem(string? name) =>
        string.IsNullOrWhiteSpace(name) ? "Give the secret a name."
        : ValidName().IsMatch(name) ? null
        : $"'{name}' cannot name a secret: use letters, digits, '_', '-' or '.', as in ${{secret:NAME}}.";

    /// <summary>
    /// Adds or replaces the secret <paramref name="name"/>; a null or blank <paramref name="newValue"/> keeps the stored
    /// value while only the hosts change.
    /// </summary>
    /// <exception cref="ArgumentException">The name is not valid, or a new secret has no value.</exception>
    public void Save(string name, IReadOnlyList<string> hosts, string? newValue)
    {
        if (NameProblem(name) is { } problem)
        {
            throw new ArgumentException(problem, nameof(name));
        }

        ArgumentNullException.ThrowIfNull(hosts);
        var fresh = string.IsNullOrEmpty(newValue)
            ? null
            : new SecretRecord { Name = name, Hosts = [.. hosts], ProtectedValue = _protector.Protect(newValue), Hint = newValue[^Math.Min(4, newValue.Length)..] };
        _file.Update(secrets =>
        {
            var record = fresh
                ?? (secrets.FirstOrDefault(s => s.Name == name) is { } existing
                    ? existing with { Hosts = [.. hosts] }
                    : throw new ArgumentException($"The secret {name} needs a value.", nameof(newValue)));
            return [.. secrets.Where(s => s.Name != name), record];
        });

        Changed?.Invoke();
    }

    /// <summary>Removes a secret.</summary>
    public void Delete(string name)
    {
        _file.Update(secrets => [.. secrets.Where(s => s.Name != name)]);

        Changed?.Invoke();
    }

    /// <inheritdoc />
    public SecretValue? Resolve(string name) =>
        Secrets.FirstOrDefault(s => s.Name == name) is { } record && Unprotect(record) is { } value ? new SecretValue(value, record.Hosts) : null;

    /// <summary>Every stored value, decrypted (server side only), for masking.</summary>
    public IEnumerable<string> Values() => Secrets.Select(Unprotect).OfType<string>();

    private string? Unprotect(SecretRecord record)
    {
        try
        {
            return _protector.Unprotect(record.ProtectedValue);
        }
        catch (System.Security.Cryptography.CryptographicException e)
        {
            _logger.LogError(e, "The secret {Secret} can no longer be decrypted; enter it again on the settings page.", record.Name);
            return null;
        }
    }

    [GeneratedRegex("^[A-Za-z0-9_.-]+$")]
    private static partial Regex ValidName();
}
