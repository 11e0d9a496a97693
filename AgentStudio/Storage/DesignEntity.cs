namespace AgentStudio.Storage;

/// <summary>A stored design's row: what the list shows, and the latest revision number used for optimistic concurrency.</summary>
internal sealed class DesignEntity
{
    public Guid Id { get; set; }

    public required string Name { get; set; }

    public string? Description { get; set; }

    public int AgentCount { get; set; }

    /// <summary>The concurrency token: a save based on an older number is refused.</summary>
    public int LatestRevision { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>When the design was moved to the trash; null while it is live.</summary>
    public DateTimeOffset? DeletedAt { get; set; }

    public List<DesignRevisionEntity> Revisions { get; set; } = [];
}
