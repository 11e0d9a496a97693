using System.Security.Cryptography;
using AgentStudio.Core.Running;
using Microsoft.Extensions.Caching.Memory;

namespace AgentStudio.Api;

/// <summary>
/// The conversations of API callers: for each <c>conversationId</c>, the design and key it belongs to and what its
/// next run goes on from (as the playground keeps its chat). Kept in memory for <see cref="IdleLifetime"/> after their
/// last use and at most <see cref="Capacity"/> at a time; a restart forgets them, and the next call with such an id is
/// told the conversation is unknown. Thread-safe.
/// </summary>
internal sealed class ApiConversations : IDisposable
{
    /// <summary>How long an unused conversation is kept.</summary>
    public static readonly TimeSpan IdleLifetime = TimeSpan.FromHours(24);

    /// <summary>How many conversations are kept at once; past it, the cache drops some of the least recently used.</summary>
    public const int Capacity = 10_000;

    private readonly MemoryCache _cache;

    public ApiConversations() => _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = Capacity });

    /// <summary>Starts a conversation of <paramref name="designId"/> for the key with the id <paramref name="apiKeyId"/>; returns its id.</summary>
    public string Start(Guid designId, Guid apiKeyId)
    {
        var id = "conv_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        Set(new ApiConversation(id, designId, apiKeyId, null));
        return id;
    }

    /// <summary>
    /// The conversation <paramref name="id"/> of this design and key, or null (unknown, forgotten, or someone else's).
    /// Keys are told apart by id, not name: a key given a revoked key's name does not inherit its conversations.
    /// </summary>
    public ApiConversation? Find(string id, Guid designId, Guid apiKeyId) =>
        _cache.TryGetValue(id, out ApiConversation? conversation) && conversation!.DesignId == designId && conversation.ApiKeyId == apiKeyId
            ? conversation
            : null;

    /// <summary>Records what the conversation's next run goes on from (after a completed run).</summary>
    public void Advance(string id, Guid designId, Guid apiKeyId, RunContinuation continuation) =>
        Set(new ApiConversation(id, designId, apiKeyId, continuation));

    public void Dispose() => _cache.Dispose();

    private void Set(ApiConversation conversation) =>
        _cache.Set(conversation.Id, conversation, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = IdleLifetime });
}

/// <summary>One API conversation.</summary>
/// <param name="Id">Its <c>conversationId</c>.</param>
/// <param name="DesignId">The design it talks to.</param>
/// <param name="ApiKeyId">The id of the key that started it; only that key may go on with it.</param>
/// <param name="Continuation">What the next run goes on from; null until a run of it completed (then the entry agent answers).</param>
internal sealed record ApiConversation(string Id, Guid DesignId, Guid ApiKeyId, RunContinuation? Continuation);
