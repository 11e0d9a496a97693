using AgentStudio.Core.Running.Tools;
using AgentStudio.Settings;

namespace AgentStudio.Running;

/// <summary>
/// Every secret the app holds — provider keys of the settings page and of configuration, tool secrets of both — as one
/// <see cref="SecretMasker"/>, so that no error, event, trace, stored run, export, log or CLI line can carry one.
/// </summary>
internal static class KnownSecrets
{
    /// <summary>The masker of the web app: the list is rebuilt when providers or secrets change.</summary>
    public static SecretMasker Masker(IConfiguration configuration, ProviderSettingsStore providers, SecretSettingsStore secrets)
    {
        IReadOnlyList<string?> current = [];
        void Refresh() => current = [.. providers.ToSettings().Select(p => p.ApiKey), .. secrets.Values(), .. FromConfiguration(configuration)];
        Refresh();
        providers.Changed += Refresh;
        secrets.Changed += Refresh;
        return new SecretMasker(() => current);
    }

    /// <summary>The secrets of configuration alone: provider keys and tool secrets (the CLI's, and part of the app's).</summary>
    public static IEnumerable<string?> FromConfiguration(IConfiguration configuration) =>
        [.. ModelProvidersConfiguration.Read(configuration).Select(p => p.ApiKey), .. new ConfigurationSecretResolver(configuration).Values()];
}
