using AgentStudio.Storage;
using AgentStudio.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace AgentStudio.Tests.Storage;

/// <summary>The real storage registration on a SQLite file in a temporary data folder.</summary>
internal sealed class StorageHarness : IAsyncDisposable
{
    private readonly TemporaryFolder _folder = new("agentstudio-storage");
    private readonly ServiceProvider _services;

    private StorageHarness()
    {
        DataFolder = Path.Combine(_folder.Path, "data");
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["AgentStudio:DataFolder"] = DataFolder })
            .Build();
        _services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(Clock)
            .AddAgentStudioStorage(configuration)
            .BuildServiceProvider();
    }

    public FakeTimeProvider Clock { get; } = TestClock.New();

    public string DataFolder { get; }

    public IDesignStore Store => _services.GetRequiredService<IDesignStore>();

    public IServiceProvider Services => _services;

    public AgentStudioDbContext NewContext() => _services.GetRequiredService<IDbContextFactory<AgentStudioDbContext>>().CreateDbContext();

    /// <summary>A harness whose database is not created yet: a test builds an older schema in it first.</summary>
    public static StorageHarness CreateUnmigrated()
    {
        var harness = new StorageHarness();
        Directory.CreateDirectory(harness.DataFolder);
        return harness;
    }

    public static async Task<StorageHarness> StartAsync()
    {
        var harness = new StorageHarness();
        await harness._services.MigrateAgentStudioDatabaseAsync(TestContext.Current.CancellationToken);
        return harness;
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
