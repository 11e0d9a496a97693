using AgentStudio.Core.Designs;
using AgentStudio.Core.Serialization;
using Microsoft.EntityFrameworkCore;

namespace AgentStudio.Storage;

/// <summary>
/// <see cref="IDesignStore"/> on SQLite. Each call uses its own short-lived context, which suits
/// Blazor Server circuits; the class is thread-safe and can be a singleton.
/// </summary>
internal sealed partial class EfDesignStore(IDbContextFactory<AgentStudioDbContext> contexts, TimeProvider time) : IDesignStore
{
    public async Task<IReadOnlyList<DesignSummary>> ListAsync(string? search = null, bool deleted = false, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.Designs.AsNoTracking().Where(d => deleted ? d.DeletedAt != null : d.DeletedAt == null);
        if (!string.IsNullOrWhiteSpace(search))
        {
            var pattern = "%" + EscapeLike(search.Trim().ToLowerInvariant()) + "%";
            query = query.Where(d => EF.Functions.Like(d.Name.ToLower(), pattern, "\\")
                || (d.Description != null && EF.Functions.Like(d.Description.ToLower(), pattern, "\\")));
        }

        return await query
            .OrderByDescending(d => d.UpdatedAt)
            .Select(d => new DesignSummary(d.Id, d.Name, d.Description, d.AgentCount, d.LatestRevision, d.UpdatedAt, d.DeletedAt, d.PublishedRevision))
            .ToListAsync(cancellationToken);
    }

    public async Task<StoredDesign?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var design = await db.Designs.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (design is null)
        {
            return null;
        }

        var document = await ReadRevisionAsync(db, id, design.LatestRevision, cancellationToken);
        return new StoredDesign(design.Id, design.LatestRevision, document, design.UpdatedAt, design.DeletedAt, design.Slug, design.PublishedRevision);
    }

    public async Task<StoredDesign> CreateAsync(DesignDocument document, string reason = "Created", CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        RequireName(document.Name);
        var now = time.GetUtcNow();
        var id = Guid.NewGuid();
        for (var attempt = 1; ; attempt++)
        {
            var design = new DesignEntity { Id = id, Name = document.Name, CreatedAt = now };
            Apply(design, document, 1, now);
            design.Revisions.Add(NewRevision(design.Id, 1, document, reason, now));

            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            design.Slug = await FreeSlugAsync(db, DesignSlugs.FromName(document.Name), cancellationToken);
            db.Designs.Add(design);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return new StoredDesign(design.Id, 1, document, now, null, design.Slug);
            }
            catch (DbUpdateException ex) when (IsUniqueViolation(ex) && attempt < 5)
            {
                // Another design took the same slug between the look-up and the insert: look again.
            }
        }
    }

    public async Task<StoredDesign> SaveAsync(Guid id, int baseRevision, DesignDocument document, string reason = "Saved", CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        RequireName(document.Name);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var design = await db.Designs.SingleOrDefaultAsync(d => d.Id == id, cancellationToken) ?? throw new DesignNotFoundException(id);
        // An editor still open on a design trashed elsewhere would otherwise keep saving revisions nobody sees.
        if (design.DeletedAt is not null)
        {
            throw new DesignInTrashException(id);
        }

        if (design.LatestRevision != baseRevision)
        {
            throw new StaleRevisionException(id, baseRevision, design.LatestRevision);
        }

        return await AppendRevisionAsync(db, design, document, reason, cancellationToken);
    }

    public async Task<StoredDesign> RenameAsync(Guid id, string newName, CancellationToken cancellationToken = default)
    {
        RequireName(newName);
        var current = await GetAsync(id, cancellationToken) ?? throw new DesignNotFoundException(id);
        var renamed = current.Document with { Name = newName.Trim() };
        return await SaveAsync(id, current.Revision, renamed, $"Renamed to {renamed.Name}", cancellationToken);
    }

    public async Task<StoredDesign> DuplicateAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var source = await GetAsync(id, cancellationToken) ?? throw new DesignNotFoundException(id);
        var copy = source.Document with { Name = $"{source.Document.Name} (copy)" };
        return await CreateAsync(copy, $"Duplicated from {source.Document.Name}", cancellationToken);
    }

    public Task DeleteAsync(Guid id, CancellationToken cancellationToken = default) =>
        SetDeletedAsync(id, time.GetUtcNow(), cancellationToken);

    public Task RestoreDeletedAsync(Guid id, CancellationToken cancellationToken = default) =>
        SetDeletedAsync(id, null, cancellationToken);

    public async Task<bool> DeleteForeverAsync(Guid id, CancellationToken cancellationToken = default) =>
        await PurgeTrashAsync(id, cancellationToken) > 0;

    public Task<int> EmptyTrashAsync(CancellationToken cancellationToken = default) => PurgeTrashAsync(null, cancellationToken);

    // One transaction, and the trash test inside every statement: a design restored meanwhile is never purged.
    private async Task<int> PurgeTrashAsync(Guid? id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var trashed = db.Designs.Where(d => d.DeletedAt != null && (id == null || d.Id == id)).Select(d => d.Id);
        await db.Runs.Where(r => trashed.Contains(r.DesignId)).ExecuteDeleteAsync(cancellationToken);
        await db.DesignRevisions.Where(r => trashed.Contains(r.DesignId)).ExecuteDeleteAsync(cancellationToken);
        var purged = await db.Designs.Where(d => d.DeletedAt != null && (id == null || d.Id == id)).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return purged;
    }

    public async Task<IReadOnlyList<DesignRevisionInfo>> ListRevisionsAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.DesignRevisions.AsNoTracking()
            .Where(r => r.DesignId == id)
            .OrderByDescending(r => r.Revision)
            .Select(r => new DesignRevisionInfo(r.Revision, r.Name, r.Reason, r.SavedAt))
            .ToListAsync(cancellationToken);
    }

    public async Task<DesignDocument> GetRevisionAsync(Guid id, int revision, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await ReadRevisionAsync(db, id, revision, cancellationToken);
    }

    public async Task<StoredDesign> RestoreRevisionAsync(Guid id, int revision, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var design = await db.Designs.SingleOrDefaultAsync(d => d.Id == id, cancellationToken) ?? throw new DesignNotFoundException(id);
        var document = await ReadRevisionAsync(db, id, revision, cancellationToken);
        return await AppendRevisionAsync(db, design, document, $"Restored revision {revision}", cancellationToken);
    }

    // The tracked entity still carries the revision it was read at, so a writer that saved in between
    // makes this update match no row: EF reports a concurrency conflict and nothing is written.
    private async Task<StoredDesign> AppendRevisionAsync(AgentStudioDbContext db, DesignEntity design, DesignDocument document, string reason, CancellationToken cancellationToken)
    {
        var baseRevision = design.LatestRevision;
        var next = baseRevision + 1;
        var now = time.GetUtcNow();
        Apply(design, document, next, now);
        db.DesignRevisions.Add(NewRevision(design.Id, next, document, reason, now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex is DbUpdateConcurrencyException || IsUniqueViolation(ex))
        {
            var latest = await LatestRevisionAsync(design.Id, cancellationToken);
            throw new StaleRevisionException(design.Id, baseRevision, latest);
        }

        return new StoredDesign(design.Id, next, document, now, design.DeletedAt, design.Slug, design.PublishedRevision);
    }

    private async Task<int> LatestRevisionAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Designs.Where(d => d.Id == id).Select(d => d.LatestRevision).SingleAsync(cancellationToken);
    }

    private async Task SetDeletedAsync(Guid id, DateTimeOffset? deletedAt, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var changed = await db.Designs.Where(d => d.Id == id).ExecuteUpdateAsync(s => s.SetProperty(d => d.DeletedAt, deletedAt), cancellationToken);
        if (changed == 0)
        {
            throw new DesignNotFoundException(id);
        }
    }

    private static async Task<DesignDocument> ReadRevisionAsync(AgentStudioDbContext db, Guid id, int revision, CancellationToken cancellationToken)
    {
        var json = await db.DesignRevisions.AsNoTracking()
            .Where(r => r.DesignId == id && r.Revision == revision)
            .Select(r => r.Json)
            .SingleOrDefaultAsync(cancellationToken) ?? throw new DesignNotFoundException(id, revision);
        var loaded = DesignSerializer.LoadStored(json);
        return loaded.Design ?? throw new InvalidDataException(
            $"Revision {revision} of design {id} is stored but no longer loads: {string.Join("; ", loaded.Problems)}");
    }

    private static void Apply(DesignEntity design, DesignDocument document, int revision, DateTimeOffset now)
    {
        design.Name = document.Name;
        design.Description = document.Description;
        design.AgentCount = document.Agents.Count;
        design.LatestRevision = revision;
        design.UpdatedAt = now;
    }

    private static DesignRevisionEntity NewRevision(Guid designId, int revision, DesignDocument document, string reason, DateTimeOffset now) => new()
    {
        DesignId = designId,
        Revision = revision,
        Name = document.Name,
        Reason = reason,
        // Compact real UTF-8: the smallest text, and read back without the user-file size limit (see ReadRevisionAsync).
        Json = DesignSerializer.WriteCompact(document),
        SavedAt = now,
    };

    private static void RequireName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("A design needs a name that is not blank.", nameof(name));
        }
    }

    private static bool IsUniqueViolation(DbUpdateException ex) =>
        ex.InnerException is Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 19 };

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
