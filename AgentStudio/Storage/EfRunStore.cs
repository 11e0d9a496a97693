using AgentStudio.Core.Running.Records;
using Microsoft.EntityFrameworkCore;

namespace AgentStudio.Storage;

/// <summary><see cref="IRunStore"/> on the app's SQLite database.</summary>
internal sealed class EfRunStore(IDbContextFactory<AgentStudioDbContext> contexts) : IRunStore
{
    public async Task SaveAsync(RunRecord run, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Runs.Add(RunEntityMapping.ToEntity(run));
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<RunRecord>> ListAsync(Guid designId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // The JSON (items and trace) is left in the database: a list shows only the figures.
        var rows = await db.Runs.AsNoTracking().Where(r => r.DesignId == designId)
            .Select(r => new RunEntity
            {
                Id = r.Id, DesignId = r.DesignId, DesignName = r.DesignName, StartedAt = r.StartedAt, Status = r.Status, Error = r.Error, DurationMs = r.DurationMs,
                Requests = r.Requests, InputTokens = r.InputTokens, OutputTokens = r.OutputTokens, Turns = r.Turns, LastAgent = r.LastAgent, Input = r.Input, Models = r.Models, ApiKeyId = r.ApiKeyId, ApiKeyName = r.ApiKeyName,
            })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(RunEntityMapping.ToSummary).OrderByDescending(r => r.StartedAt)];
    }

    public async Task<RunRecord?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Runs.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        return row is null ? null : RunEntityMapping.ToRecord(row);
    }

    public async Task<RunRecord?> GetOfApiKeyAsync(Guid id, Guid apiKeyId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Runs.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id && r.ApiKeyId == apiKeyId, cancellationToken);
        return row is null ? null : RunEntityMapping.ToRecord(row);
    }

    public async Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Runs.Where(r => r.Id == id).ExecuteDeleteAsync(cancellationToken) > 0;
    }
}
