using AgentStudio.Core.Exporting;
using AgentStudio.Core.Running;
using AgentStudio.Exporting;
using AgentStudio.Core.Running.Models;
using AgentStudio.Core.Running.Tools;
using AgentStudio.Core.Running.Tools.Mcp;
using AgentStudio.Settings;
using AgentStudio.Storage;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AgentStudio.Running;

/// <summary>
/// The one composition of the run engine, shared by the web app, the CLI and any endpoint: the settings page's
/// stores (encrypted with a Data Protection key ring in the data folder), the model catalog (settings page, then
/// configuration, else simulated), the tools' services and the runner.
/// </summary>
internal static class EngineServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IModelCatalog"/> (also as <see cref="IModelProvider"/>), <see cref="ToolServices"/>,
    /// <see cref="AgentRunner"/>, <see cref="RunDefaults"/> and the <see cref="CodeExporter"/> of the shipped generators. MCP commands are trusted as the settings page says,
    /// unless an <see cref="IMcpCommandTrust"/> was registered before (the CLI's <c>--trust-mcp</c>).
    /// </summary>
    public static IServiceCollection AddAgentStudioEngine(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<StorageOptions>(configuration.GetSection(StorageOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);

        // Provider keys and secrets are encrypted at rest with a key ring kept in the data folder.
        var dataFolder = configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>()?.ResolvedDataFolder ?? StorageOptions.DefaultDataFolder();
        services.AddDataProtection().SetApplicationName("AgentStudio").ProtectKeyRing(Path.Combine(dataFolder, "keys"), configuration);
        services.TryAddSingleton<ProviderSettingsStore>();
        services.TryAddSingleton<SecretSettingsStore>();
        services.TryAddSingleton<TrustedMcpCommandStore>();
        services.TryAddSingleton<IMcpCommandTrust>(sp => sp.GetRequiredService<TrustedMcpCommandStore>());

        services.TryAddSingleton<LiveModelProvider>();
        services.TryAddSingleton<IModelCatalog>(sp => sp.GetRequiredService<LiveModelProvider>());
        services.TryAddSingleton<IModelProvider>(sp => sp.GetRequiredService<IModelCatalog>());
        services.TryAddSingleton(sp => ToolServicesConfiguration.Create(configuration) with
        {
            Time = sp.GetRequiredService<TimeProvider>(),
            Secrets = new AppSecrets(sp.GetRequiredService<SecretSettingsStore>(), new ConfigurationSecretResolver(configuration)),
            McpTrust = sp.GetRequiredService<IMcpCommandTrust>(),
            Masker = KnownSecrets.Masker(configuration, sp.GetRequiredService<ProviderSettingsStore>(), sp.GetRequiredService<SecretSettingsStore>()),
        });
        services.TryAddSingleton(sp => new AgentRunner(sp.GetRequiredService<IModelProvider>(), sp.GetRequiredService<ToolServices>(), sp.GetRequiredService<TimeProvider>(), sp.GetService<ILoggerFactory>()));
        services.TryAddSingleton(new RunDefaults(ModelProvidersConfiguration.RunTimeout(configuration)));
        services.TryAddSingleton<CodeExporter>(ShippedCodeExporter.Instance);
        return services;
    }
}
