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

    /// <summary>The stable name API calls use (unique); null only for rows stored before slugs, until start-up fills it.</summary>
    public string? Slug { get; set; }

    /// <summary>The revision API calls run; null while the design is not published.</summary>
    public int? PublishedRevision { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    /// <summary>The published revision's name, kept so the list of published designs needs no document.</summary>
    public string? PublishedName { get; set; }

    /// <summary>The published revision's description.</summary>
    public string? PublishedDescription { get; set; }

    public List<DesignRevisionEntity> Revisions { get; set; } = [];
}
