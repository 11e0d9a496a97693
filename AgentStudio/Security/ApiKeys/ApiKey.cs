namespace AgentStudio.Security.ApiKeys;

/// <summary>An API key as the app shows it: never the key, only its name, visible prefix and dates.</summary>
/// <param name="Id">The key's id.</param>
/// <param name="Name">The name it was given (unique among keys in use).</param>
/// <param name="Prefix">Its first characters, <c>as_</c> and 8 more, to tell keys apart.</param>
/// <param name="CreatedAt">When it was made.</param>
/// <param name="LastUsedAt">When it last authenticated a request (to the minute), or null when never.</param>
/// <param name="RevokedAt">When it was revoked, or null while it is in use.</param>
public sealed record ApiKey(Guid Id, string Name, string Prefix, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt)
{
    /// <summary>Whether the key was revoked; a revoked key authenticates nothing.</summary>
    public bool IsRevoked => RevokedAt is not null;
}

/// <summary>A key just made: the only time its secret text exists outside the caller's hands.</summary>
/// <param name="Key">The stored key.</param>
/// <param name="Secret">The key itself, <c>as_…</c>; show it once and forget it.</param>
public sealed record CreatedApiKey(ApiKey Key, string Secret);

/// <summary>What a presented key turned out to be.</summary>
public enum ApiKeyCheck
{
    /// <summary>A key in use.</summary>
    Valid,

    /// <summary>No key of this app has this text.</summary>
    Unknown,

    /// <summary>A key that was revoked.</summary>
    Revoked,
}
