using AgentStudio.Core.Running;
using AgentStudio.Core.Running.Models;
using AgentStudio.Core.Running.Tools;
using AgentStudio.Settings;
using Microsoft.AspNetCore.DataProtection;

namespace AgentStudio.Running;

/// <summary>Registers the run engine: models from configuration (simulated when none), tools' services, the runner.</summary>
internal static class RunningServiceCollectionExtensions
{
    public static IServiceCollection AddAgentStudioRunning(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<Settings.ProviderSettingsStore>();
        services.AddSingleton<Settings.LiveModelProvider>();
        services.AddSingleton<IModelProvider>(sp => sp.GetRequiredService<Settings.LiveModelProvider>());
        // Provider keys and secrets are encrypted at rest with a key ring kept in the data folder.
        services.AddDataProtection().SetApplicationName("AgentStudio").ProtectKeyRing(
            Path.Combine(configuration.GetSection(Storage.StorageOptions.SectionName).Get<Storage.StorageOptions>()?.ResolvedDataFolder ?? Storage.StorageOptions.DefaultDataFolder(), "keys"),
            configuration);
        services.AddSingleton<Settings.SecretSettingsStore>();
        services.AddSingleton<Settings.TrustedMcpCommandStore>();
        services.AddSingleton<ToolServices>(sp => ToolServicesConfiguration.Create(configuration) with
        {
            Time = sp.GetRequiredService<TimeProvider>(),
            Secrets = new AppSecrets(sp.GetRequiredService<Settings.SecretSettingsStore>(), new ConfigurationSecretResolver(configuration)),
            McpTrust = sp.GetRequiredService<Settings.TrustedMcpCommandStore>(),
            Masker = KnownSecrets.Masker(configuration, sp.GetRequiredService<Settings.ProviderSettingsStore>(), sp.GetRequiredService<Settings.SecretSettingsStore>()),
        });
        services.AddSingleton(sp => new AgentRunner(sp.GetRequiredService<IModelProvider>(), sp.GetRequiredService<ToolServices>(), sp.GetRequiredService<TimeProvider>()));
        return services;
    }
}
