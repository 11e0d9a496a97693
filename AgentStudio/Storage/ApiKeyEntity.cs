namespace AgentStudio.Storage;

/// <summary>An API key as stored: its SHA-256 hash and a short visible prefix, never the key itself.</summary>
internal sealed class ApiKeyEntity
{
    public Guid Id { get; set; }

    public string Name { get; set; } = "";

    /// <summary>The key's first characters (<c>as_</c> and 8 more), shown to tell keys apart and used to find a presented key's row.</summary>
    public string Prefix { get; set; } = "";

    /// <summary>SHA-256 of the whole key's UTF-8 bytes.</summary>
    public byte[] Hash { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? LastUsedAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }
}
