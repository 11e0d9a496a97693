using AgentStudio.Core.Designs;
using AgentStudio.Storage;
using AgentStudio.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace AgentStudio.Tests.Storage;

/// <summary>The database file is whole on its own: what the write-ahead log holds is copied into it regularly and at start-up.</summary>
public sealed class SqliteCheckpointTests : IDisposable
{
    private static readonly CancellationToken Cancel = TestContext.Current.CancellationToken;
    private readonly TemporaryFolder _copies = new();

    [Fact]
    public async Task AfterACheckpoint_ACopyOfTheDatabaseFileAlone_HoldsTheDesigns()
    {
        await using var harness = await StorageHarness.StartAsync();
        await harness.Store.CreateAsync(Design("Checkpointed design"), cancellationToken: Cancel);
        Assert.Equal(0, DesignsInCopyOfDatabaseFile(harness));

        await harness.Services.GetRequiredService<SqliteCheckpointer>().CheckpointAsync(truncate: false, Cancel);

        Assert.Equal(1, DesignsInCopyOfDatabaseFile(harness));
    }

    [Fact]
    public async Task StartingAgainAfterACrash_MovesTheLogIntoTheDatabaseFile()
    {
        await using var harness = await StorageHarness.StartAsync();
        await harness.Store.CreateAsync(Design("Crashed design"), cancellationToken: Cancel);
        Assert.Equal(0, DesignsInCopyOfDatabaseFile(harness));

        // The first app's connections are still open, as after a kill: the next start-up must not depend on them closing.
        await harness.Services.MigrateAgentStudioDatabaseAsync(Cancel);

        Assert.Equal(1, DesignsInCopyOfDatabaseFile(harness));
    }

    public void Dispose() => _copies.Dispose();

    // What a person copying agentstudio.db without its -wal file would get.
    private int DesignsInCopyOfDatabaseFile(StorageHarness harness)
    {
        var copy = Path.Combine(_copies.Path, $"{Guid.NewGuid():N}.db");
        using (var source = new FileStream(Path.Combine(harness.DataFolder, StorageOptions.DatabaseFileName), FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
        using (var target = File.Create(copy))
        {
            source.CopyTo(target);
        }

        using var connection = new SqliteConnection($"Data Source={copy};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM Designs";
        try
        {
            return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (SqliteException)
        {
            // No Designs table at all: the file holds not even the schema.
            return 0;
        }
    }

    private static DesignDocument Design(string name) => new()
    {
        Name = name,
        Entry = "a",
        Agents = [new AgentDefinition { Id = "a", Name = "Agent", Instructions = "Help." }],
    };
}
