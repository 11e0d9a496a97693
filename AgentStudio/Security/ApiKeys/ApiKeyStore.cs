using System.Security.Cryptography;
using AgentStudio.Storage;
using Microsoft.EntityFrameworkCore;

namespace AgentStudio.Security.ApiKeys;

/// <summary>
/// The API keys in the app's database, shared by the Settings page, the <c>api-key</c> verb and the API's
/// authentication. Keys are stored as SHA-256 hashes with a visible prefix; the key itself is returned once, by
/// <see cref="CreateAsync"/>. Thread-safe: each call uses its own database context.
/// </summary>
internal sealed class ApiKeyStore(IDbContextFactory<AgentStudioDbContext> contexts, TimeProvider clock)
{
    /// <summary>The longest name a key may have.</summary>
    public const int MaxNameLength = 100;

    // Last-used is a to-the-minute figure: one write a minute per key, not one per request.
    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    /// <summary>Raised after a key is created or revoked through this instance (another process's changes are not seen).</summary>
    public event Action? Changed;

    /// <summary>Makes a key named <paramref name="name"/> (trimmed).</summary>
    /// <exception cref="ApiKeyNameException">The name is empty, longer than <see cref="MaxNameLength"/>, or another key in use has it.</exception>
    public async Task<CreatedApiKey> CreateAsync(string name, CancellationToken cancellationToken = default)
    {
        var trimmed = (name ?? "").Trim();
        if (trimmed.Length == 0)
        {
            throw new ApiKeyNameException("An API key needs a name (what or who uses it, e.g. \"ci\").");
        }

        if (trimmed.Length > MaxNameLength)
        {
            throw new ApiKeyNameException($"An API key's name may have at most {MaxNameLength} characters; \"{trimmed[..20]}…\" has {trimmed.Length}.");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.ApiKeys.AnyAsync(k => k.Name == trimmed && k.RevokedAt == null, cancellationToken))
        {
            throw new ApiKeyNameException($"An API key named \"{trimmed}\" is already in use: choose another name, or revoke that key first.");
        }

        var secret = ApiKeyTokens.NewKey();
        var entity = new ApiKeyEntity
        {
            Id = Guid.NewGuid(),
            Name = trimmed,
            Prefix = ApiKeyTokens.PrefixOf(secret)!,
            Hash = ApiKeyTokens.Hash(secret),
            CreatedAt = clock.GetUtcNow(),
        };
        db.ApiKeys.Add(entity);
        await db.SaveChangesAsync(cancellationToken);
        Changed?.Invoke();
        return new CreatedApiKey(ToKey(entity), secret);
    }

    /// <summary>Every key, in use first, then revoked ones; newest first within each.</summary>
    public async Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.ApiKeys.AsNoTracking().ToListAsync(cancellationToken);
        return [.. rows.Select(ToKey).OrderBy(k => k.IsRevoked).ThenByDescending(k => k.CreatedAt)];
    }

    /// <summary>Revokes the key in use named <paramref name="name"/>; false when there is none.</summary>
    public async Task<bool> RevokeAsync(string name, CancellationToken cancellationToken = default)
    {
        var trimmed = (name ?? "").Trim();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var revoked = await db.ApiKeys.Where(k => k.Name == trimmed && k.RevokedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(k => k.RevokedAt, now), cancellationToken);
        if (revoked > 0)
        {
            Changed?.Invoke();
        }

        return revoked > 0;
    }

    /// <summary>
    /// Checks a presented key and, when it is valid, records that it was used. The key's row is found by its
    /// prefix and the hashes compared in constant time, so timing tells nothing about a key's other characters.
    /// </summary>
    /// <returns>The check's outcome, and the key when it is <see cref="ApiKeyCheck.Valid"/> or <see cref="ApiKeyCheck.Revoked"/>.</returns>
    public async Task<(ApiKeyCheck Check, ApiKey? Key)> AuthenticateAsync(string presented, CancellationToken cancellationToken = default)
    {
        if (ApiKeyTokens.PrefixOf(presented ?? "") is not { } prefix)
        {
            return (ApiKeyCheck.Unknown, null);
        }

        var hash = ApiKeyTokens.Hash(presented!);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var candidates = await db.ApiKeys.AsNoTracking().Where(k => k.Prefix == prefix).ToListAsync(cancellationToken);
        var match = candidates.FirstOrDefault(k => CryptographicOperations.FixedTimeEquals(k.Hash, hash));
        if (match is null)
        {
            return (ApiKeyCheck.Unknown, null);
        }

        if (match.RevokedAt is not null)
        {
            return (ApiKeyCheck.Revoked, ToKey(match));
        }

        var now = clock.GetUtcNow();
        if (match.LastUsedAt is not { } last || now - last >= LastUsedResolution)
        {
            await db.ApiKeys.Where(k => k.Id == match.Id).ExecuteUpdateAsync(set => set.SetProperty(k => k.LastUsedAt, now), cancellationToken);
            match.LastUsedAt = now;
        }

        return (ApiKeyCheck.Valid, ToKey(match));
    }

    private static ApiKey ToKey(ApiKeyEntity entity) =>
        new(entity.Id, entity.Name, entity.Prefix, entity.CreatedAt, entity.LastUsedAt, entity.RevokedAt);
}
