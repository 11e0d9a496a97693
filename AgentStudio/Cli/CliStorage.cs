using AgentStudio.Storage;

namespace AgentStudio.Cli;

/// <summary>How the verbs that change the app's data reach it: the web app's own database, on the chosen data folder.</summary>
internal static class CliStorage
{
    /// <summary>
    /// The storage services with those <paramref name="addServices"/> adds, the database created or migrated first, so a
    /// verb works before the app has ever run.
    /// </summary>
    public static async Task<ServiceProvider> OpenAsync(IConfiguration configuration, Action<IServiceCollection> addServices, CancellationToken cancellationToken)
    {
        var services = new ServiceCollection().AddLogging();
        services.AddAgentStudioStorage(configuration);
        addServices(services);
        var provider = services.BuildServiceProvider();
        await provider.MigrateAgentStudioDatabaseAsync(cancellationToken);
        return provider;
    }
}
