using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace AgentStudio.Storage;

/// <summary>The app's SQLite database: designs, their revisions, playground runs, API keys (hashed), and the local accounts (ASP.NET Core Identity).</summary>
internal sealed class AgentStudioDbContext(DbContextOptions<AgentStudioDbContext> options) : IdentityDbContext(options)
{
    public DbSet<DesignEntity> Designs => Set<DesignEntity>();

    public DbSet<DesignRevisionEntity> DesignRevisions => Set<DesignRevisionEntity>();

    public DbSet<RunEntity> Runs => Set<RunEntity>();

    public DbSet<ApiKeyEntity> ApiKeys => Set<ApiKeyEntity>();

    // SQLite has no date type that sorts; UTC binary ticks sort and compare correctly in SQL.
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<DesignEntity>(design =>
        {
            design.ToTable("Designs");
            design.Property(d => d.Name).HasMaxLength(500);
            design.Property(d => d.LatestRevision).IsConcurrencyToken();
            design.Property(d => d.Slug).HasMaxLength(DesignSlugs.MaxLength);
            design.Property(d => d.PublishedName).HasMaxLength(500);
            // SQLite lets several NULLs share a unique index: rows from before slugs wait for start-up to get theirs.
            design.HasIndex(d => d.Slug).IsUnique();
            design.HasIndex(d => new { d.DeletedAt, d.UpdatedAt });
            design.HasMany(d => d.Revisions).WithOne().HasForeignKey(r => r.DesignId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<DesignRevisionEntity>(revision =>
        {
            revision.ToTable("DesignRevisions");
            revision.Property(r => r.Name).HasMaxLength(500);
            revision.Property(r => r.Reason).HasMaxLength(500);
            // A second guard against two writers creating the same revision number.
            revision.HasIndex(r => new { r.DesignId, r.Revision }).IsUnique();
        });

        modelBuilder.Entity<RunEntity>(run =>
        {
            run.ToTable("Runs");
            run.Property(r => r.DesignName).HasMaxLength(500);
            run.Property(r => r.Status).HasMaxLength(20);
            run.Property(r => r.LastAgent).HasMaxLength(500);
            run.Property(r => r.ApiKeyName).HasMaxLength(100);
            run.Property(r => r.Models).HasMaxLength(200);
            // Runs stay while their design is in the trash (the history of what was tried); deleting it for good deletes them.
            run.HasIndex(r => new { r.DesignId, r.StartedAt });
        });

        modelBuilder.Entity<ApiKeyEntity>(key =>
        {
            key.ToTable("ApiKeys");
            key.Property(k => k.Name).HasMaxLength(100);
            key.Property(k => k.Prefix).HasMaxLength(20);
            key.Property(k => k.Hash).HasMaxLength(32);
            // A presented key is found by its prefix, then its hash is compared in constant time.
            key.HasIndex(k => k.Prefix);
        });
    }
}
