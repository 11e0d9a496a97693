using Microsoft.EntityFrameworkCore;

namespace AgentStudio.Storage;

/// <summary><see cref="IRunStore"/> on the app's SQLite database.</summary>
internal sealed class EfRunStore(IDbContextFactory<AgentStudioDbContext> contexts) : IRunStore
{
    public async Task SaveAsync(StoredRun run, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Runs.Add(new RunEntity
        {
            Id = run.Id,
            DesignId = run.DesignId,
            DesignName = run.DesignName,
            StartedAt = run.StartedAt,
            Status = run.Status,
            Error = run.Error,
            DurationMs = run.DurationMs,
            Requests = run.Requests,
            InputTokens = run.InputTokens,
            OutputTokens = run.OutputTokens,
            Turns = run.Turns,
            LastAgent = run.LastAgent,
            Input = run.Input,
            Models = run.Models,
            Json = run.Json ?? "{}",
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<StoredRun>> ListAsync(Guid designId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var runs = await db.Runs.AsNoTracking().Where(r => r.DesignId == designId)
            .Select(r => new StoredRun(r.Id, r.DesignId, r.DesignName, r.StartedAt, r.Status, r.Error, r.DurationMs, r.Requests, r.InputTokens, r.OutputTokens, r.Turns, r.LastAgent, r.Input, r.Models, null))
            .ToListAsync(cancellationToken);
        return [.. runs.OrderByDescending(r => r.StartedAt)];
    }

    public async Task<StoredRun?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var r = await db.Runs.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        return r is null ? null : new StoredRun(r.Id, r.DesignId, r.DesignName, r.StartedAt, r.Status, r.Error, r.DurationMs, r.Requests, r.InputTokens, r.OutputTokens, r.Turns, r.LastAgent, r.Input, r.Models, r.Json);
    }
}
