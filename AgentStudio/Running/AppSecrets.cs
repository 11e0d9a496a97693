using AgentStudio.Core.Running.Tools;
using AgentStudio.Settings;

namespace AgentStudio.Running;

/// <summary>
/// The app's secrets for tools: those of the settings page first, then those of configuration
/// (<see cref="ConfigurationSecretResolver"/>). Nothing else: never the process environment.
/// </summary>
internal sealed class AppSecrets(SecretSettingsStore store, ConfigurationSecretResolver configured) : ISecretResolver
{
    public SecretValue? Resolve(string name) => store.Resolve(name) ?? configured.Resolve(name);
}
