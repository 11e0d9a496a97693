using Microsoft.EntityFrameworkCore;

namespace AgentStudio.Storage;

/// <summary>
/// Copies the write-ahead log into the database file regularly and on shutdown, so that <c>agentstudio.db</c> is whole
/// on its own. SQLite does this by itself only after 1,000 pages of log or when the last connection closes, and the
/// connection pool keeps connections open: after a crash a small database lived entirely in <c>agentstudio.db-wal</c>,
/// and a copy of the .db file alone was empty.
/// </summary>
internal sealed class SqliteCheckpointer(IDbContextFactory<AgentStudioDbContext> contexts, ILogger<SqliteCheckpointer> logger) : BackgroundService
{
    /// <summary>How often the log is copied into the database file.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Copies what the log holds into the database file. <paramref name="truncate"/> also empties the log, which
    /// waits for readers; the periodic pass never waits (PASSIVE).
    /// </summary>
    public async Task CheckpointAsync(bool truncate, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync(truncate ? "PRAGMA wal_checkpoint(TRUNCATE);" : "PRAGMA wal_checkpoint(PASSIVE);", cancellationToken);
    }

    /// <inheritdoc />
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await TryCheckpointAsync(truncate: true, cancellationToken);
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await TryCheckpointAsync(truncate: false, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: StopAsync makes the last checkpoint.
        }
    }

    private async Task TryCheckpointAsync(bool truncate, CancellationToken cancellationToken)
    {
        try
        {
            await CheckpointAsync(truncate, cancellationToken);
        }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or InvalidOperationException)
        {
            // A busy database skips one pass; the next one catches up, and the log keeps everything meanwhile.
            logger.LogWarning(e, "The database checkpoint was skipped; it is tried again in {Interval}.", Interval);
        }
    }
}
