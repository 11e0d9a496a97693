using System.Runtime.CompilerServices;
using AgentStudio.Core.Designs;
using AgentStudio.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AgentStudio.Tests.Support;

/// <summary>
/// Saves designs into an app's data folder through the app's own storage (the same registration, migrations and
/// <see cref="IDesignStore"/>), before the app starts: big designs are then there as if a user had saved them,
/// without spending a test's time on uploading them.
/// </summary>
internal static class DesignSeeding
{
    /// <summary>
    /// Options for <see cref="AppProcess"/> that save <paramref name="design"/> in the new data folder; the id it got
    /// is set in <paramref name="id"/> once the app has started.
    /// </summary>
    public static AppProcessOptions Saving(DesignDocument design, StrongBox<Guid> id) => new()
    {
        PrepareDataFolderAsync = async (folder, cancellationToken) => id.Value = await SaveAsync(folder, design, cancellationToken),
    };

    /// <summary>Creates the database in <paramref name="dataFolder"/> when needed and saves the design; returns its id.</summary>
    public static async Task<Guid> SaveAsync(string dataFolder, DesignDocument design, CancellationToken cancellationToken)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["AgentStudio:DataFolder"] = dataFolder })
            .Build();
        StoredDesign stored;
        await using (var services = new ServiceCollection().AddLogging().AddAgentStudioStorage(configuration).BuildServiceProvider())
        {
            await services.MigrateAgentStudioDatabaseAsync(cancellationToken);
            stored = await services.GetRequiredService<IDesignStore>().CreateAsync(design, "Imported", cancellationToken);
        }

        // The app opens the same file next: no pooled connection of ours may hold it.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return stored.Id;
    }
}
