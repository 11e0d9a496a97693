using AgentStudio.Core.Validation;
using Microsoft.EntityFrameworkCore;

namespace AgentStudio.Storage;

// Publishing: which revision API calls run, and the slug they name the design by. The published revision and the slug
// are set with ExecuteUpdate, which leaves the LatestRevision concurrency token alone: publishing never conflicts with
// the draft being saved meanwhile.
internal sealed partial class EfDesignStore
{
    public async Task<DesignPublication> PublishAsync(Guid id, int revision, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var design = await db.Designs.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, cancellationToken) ?? throw new DesignNotFoundException(id);
        if (design.DeletedAt is not null)
        {
            throw new DesignInTrashException(id, "This design is in the trash, so it cannot be published. Restore it first.");
        }

        var document = await ReadRevisionAsync(db, id, revision, cancellationToken);
        var errors = DesignValidator.Validate(document).Where(p => p.IsError).ToList();
        if (errors.Count > 0)
        {
            throw new DesignNotPublishableException(id, revision, errors);
        }

        var slug = design.Slug ?? await AssignSlugAsync(db, id, design.Name, cancellationToken);
        var now = time.GetUtcNow();
        var changed = await db.Designs.Where(d => d.Id == id && d.DeletedAt == null).ExecuteUpdateAsync(s => s
            .SetProperty(d => d.PublishedRevision, revision)
            .SetProperty(d => d.PublishedAt, now)
            .SetProperty(d => d.PublishedName, document.Name)
            .SetProperty(d => d.PublishedDescription, document.Description), cancellationToken);
        if (changed == 0)
        {
            // Trashed or deleted between the read and the update.
            throw new DesignNotFoundException(id);
        }

        return new DesignPublication(id, slug, revision, now);
    }

    public async Task<DesignPublication> ChangeSlugAsync(Guid id, string slug, CancellationToken cancellationToken = default)
    {
        var wanted = (slug ?? "").Trim();
        if (DesignSlugs.FormatProblem(wanted) is { } problem)
        {
            throw new InvalidSlugException(wanted, problem);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var design = await db.Designs.AsNoTracking().Where(d => d.Id == id)
            .Select(d => new { d.Slug, d.PublishedRevision, d.PublishedAt })
            .SingleOrDefaultAsync(cancellationToken) ?? throw new DesignNotFoundException(id);
        if (design.Slug == wanted)
        {
            return new DesignPublication(id, wanted, design.PublishedRevision, design.PublishedAt);
        }

        await RefuseTakenSlugAsync(db, id, wanted, cancellationToken);
        try
        {
            var changed = await db.Designs.Where(d => d.Id == id).ExecuteUpdateAsync(s => s.SetProperty(d => d.Slug, wanted), cancellationToken);
            if (changed == 0)
            {
                throw new DesignNotFoundException(id);
            }
        }
        catch (Exception ex) when (ex is Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 19 } || (ex is DbUpdateException update && IsUniqueViolation(update)))
        {
            // Another design took it between the check and the update.
            await RefuseTakenSlugAsync(db, id, wanted, cancellationToken);
            throw;
        }

        return new DesignPublication(id, wanted, design.PublishedRevision, design.PublishedAt);
    }

    public async Task<PublishedDesign?> GetPublishedAsync(string slug, CancellationToken cancellationToken = default)
    {
        var key = slug?.Trim() ?? "";
        if (key.Length == 0)
        {
            return null;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var design = await db.Designs.AsNoTracking().Where(d => d.Slug == key && d.DeletedAt == null)
            .Select(d => new { d.Id, d.Name, d.PublishedRevision, d.PublishedAt })
            .SingleOrDefaultAsync(cancellationToken);
        if (design is null)
        {
            return null;
        }

        if (design.PublishedRevision is not { } revision || design.PublishedAt is not { } publishedAt)
        {
            throw new DesignNotPublishedException(design.Id, key, design.Name);
        }

        var document = await ReadRevisionAsync(db, design.Id, revision, cancellationToken);
        return new PublishedDesign(design.Id, key, revision, document, publishedAt);
    }

    public async Task<IReadOnlyList<PublishedDesignSummary>> ListPublishedAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Designs.AsNoTracking()
            .Where(d => d.DeletedAt == null && d.PublishedRevision != null && d.Slug != null)
            .OrderBy(d => d.Slug)
            .Select(d => new PublishedDesignSummary(d.Slug!, d.PublishedName ?? d.Name, d.PublishedRevision!.Value, d.PublishedDescription, d.Id, d.PublishedAt))
            .ToListAsync(cancellationToken);
    }

    // The first of wanted, wanted-2, wanted-3… that no design (trashed ones included: they may come back) has.
    private static async Task<string> FreeSlugAsync(AgentStudioDbContext db, string wanted, CancellationToken cancellationToken)
    {
        var prefix = wanted + "-";
        var taken = await db.Designs.AsNoTracking()
            .Where(d => d.Slug == wanted || d.Slug!.StartsWith(prefix))
            .Select(d => d.Slug!)
            .ToListAsync(cancellationToken);
        var set = taken.ToHashSet(StringComparer.Ordinal);
        return DesignSlugs.FirstFree(wanted, set.Contains);
    }

    // A design stored before slugs that start-up has not reached yet.
    private static async Task<string> AssignSlugAsync(AgentStudioDbContext db, Guid id, string name, CancellationToken cancellationToken)
    {
        var slug = await FreeSlugAsync(db, DesignSlugs.FromName(name), cancellationToken);
        await db.Designs.Where(d => d.Id == id && d.Slug == null).ExecuteUpdateAsync(s => s.SetProperty(d => d.Slug, slug), cancellationToken);
        return await db.Designs.Where(d => d.Id == id).Select(d => d.Slug!).SingleAsync(cancellationToken);
    }

    private static async Task RefuseTakenSlugAsync(AgentStudioDbContext db, Guid id, string wanted, CancellationToken cancellationToken)
    {
        var holder = await db.Designs.AsNoTracking().Where(d => d.Slug == wanted && d.Id != id)
            .Select(d => new { d.Name, d.DeletedAt })
            .FirstOrDefaultAsync(cancellationToken);
        if (holder is not null)
        {
            var free = await FreeSlugAsync(db, wanted, cancellationToken);
            var where = holder.DeletedAt is null ? "" : " (in the trash)";
            throw new InvalidSlugException(wanted, $"The slug “{wanted}” is already used by the design “{holder.Name}”{where}. Each design needs its own: try “{free}”.");
        }
    }
}
