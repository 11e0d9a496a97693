namespace AgentStudio.Storage;

/// <summary>One saved version of a design: its canonical JSON document, never changed after it is written.</summary>
internal sealed class DesignRevisionEntity
{
    public long Id { get; set; }

    public Guid DesignId { get; set; }

    public int Revision { get; set; }

    public required string Name { get; set; }

    public required string Reason { get; set; }

    /// <summary>The document as <c>DesignSerializer.WriteCompact</c> wrote it (older revisions: <c>DesignSerializer.Write</c>).</summary>
    public required string Json { get; set; }

    public DateTimeOffset SavedAt { get; set; }
}
