using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AgentStudio.Storage;

/// <summary>Registers and prepares the SQLite storage.</summary>
internal static class StorageServiceCollectionExtensions
{
    /// <summary>Adds the database context factory and <see cref="IDesignStore"/>, configured from the <c>AgentStudio</c> section.</summary>
    public static IServiceCollection AddAgentStudioStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<StorageOptions>(configuration.GetSection(StorageOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.AddDbContextFactory<AgentStudioDbContext>((provider, options) =>
        {
            var storage = provider.GetRequiredService<IOptions<StorageOptions>>().Value;
            options.UseSqlite($"Data Source={storage.DatabasePath}");
        });
        services.AddSingleton<IDesignStore, EfDesignStore>();
        services.AddSingleton<IRunStore, EfRunStore>();
        services.AddSingleton<SqliteCheckpointer>();
        services.AddHostedService(provider => provider.GetRequiredService<SqliteCheckpointer>());
        return services;
    }

    /// <summary>Creates the data folder on first run, applies pending migrations (and gives older designs their slugs) and checkpoints what a crash left in the log.</summary>
    public static async Task MigrateAgentStudioDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var storage = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        Directory.CreateDirectory(storage.ResolvedDataFolder);
        services.GetRequiredService<ILoggerFactory>().CreateLogger("AgentStudio.Storage")
            .LogInformation("Data folder: {DataFolder}", storage.ResolvedDataFolder);

        await using var db = await services.GetRequiredService<IDbContextFactory<AgentStudioDbContext>>().CreateDbContextAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        await DesignSlugBackfill.AssignMissingAsync(db, cancellationToken);
        // WAL lets the UI read while another operation writes.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        // After a crash the last changes may sit in the log only: they go into the database file before anything else.
        await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);", cancellationToken);
    }
}
