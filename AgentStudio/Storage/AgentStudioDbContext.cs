using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace AgentStudio.Storage;

/// <summary>The app's SQLite database: designs and their revisions.</summary>
internal sealed class AgentStudioDbContext(DbContextOptions<AgentStudioDbContext> options) : DbContext(options)
{
    public DbSet<DesignEntity> Designs => Set<DesignEntity>();

    public DbSet<DesignRevisionEntity> DesignRevisions => Set<DesignRevisionEntity>();

    // SQLite has no date type that sorts; UTC binary ticks sort and compare correctly in SQL.
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<DesignEntity>(design =>
        {
            design.ToTable("Designs");
            design.Property(d => d.Name).HasMaxLength(500);
            design.Property(d => d.LatestRevision).IsConcurrencyToken();
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
    }
}
