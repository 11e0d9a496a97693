using Microsoft.EntityFrameworkCore;

namespace AgentStudio.Storage;

/// <summary>
/// Gives a slug to every design stored before slugs existed (the AddPublishing migration adds the column empty: SQL
/// alone cannot make a slug from a name), in the order the designs were created, so the oldest keeps the plain one.
/// </summary>
internal static class DesignSlugBackfill
{
    /// <summary>Assigns the missing slugs; returns how many designs got one.</summary>
    public static async Task<int> AssignMissingAsync(AgentStudioDbContext db, CancellationToken cancellationToken = default)
    {
        var missing = await db.Designs.AsNoTracking().Where(d => d.Slug == null)
            .OrderBy(d => d.CreatedAt)
            .Select(d => new { d.Id, d.Name })
            .ToListAsync(cancellationToken);
        if (missing.Count == 0)
        {
            return 0;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var taken = (await db.Designs.Where(d => d.Slug != null).Select(d => d.Slug!).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var assigned = 0;
        foreach (var design in missing)
        {
            var slug = DesignSlugs.FirstFree(DesignSlugs.FromName(design.Name), taken.Contains);
            // Only if still missing: another instance sharing the data folder may have been first.
            assigned += await db.Designs.Where(d => d.Id == design.Id && d.Slug == null)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.Slug, slug), cancellationToken);
            taken.Add(slug);
        }

        await transaction.CommitAsync(cancellationToken);
        return assigned;
    }
}
