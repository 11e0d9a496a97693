using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace AgentStudio.Designer;

/// <summary>
/// Carries a design from a prerendered designer page to the interactive render of the same page, so that opening a
/// design reads and validates it once, not twice. The prerender leaves its <see cref="OpenedDesign"/> here under a
/// random key that travels in the page's persisted component state (a few bytes, protected by Data Protection, instead
/// of a second copy of the design in the page); the interactive render takes it, once.
/// </summary>
/// <remarks>
/// A design waits at most <see cref="Lifetime"/> (the time from a prerendered page to its circuit), and at most
/// <see cref="Capacity"/> wait at once: a page whose circuit never starts leaves one behind only that long, and when
/// the handoff is full the interactive render just reads the design itself. Thread-safe: prerenders and circuits
/// of every user call it at once.
/// </remarks>
public sealed class DesignerHandoff(TimeProvider time)
{
    /// <summary>How long an offered design waits to be taken.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    /// <summary>How many offered designs may wait at once.</summary>
    public const int Capacity = 256;

    private readonly ConcurrentDictionary<string, (OpenedDesign Opened, DateTimeOffset Expires)> _waiting = new(StringComparer.Ordinal);

    /// <summary>Leaves <paramref name="opened"/> to be taken once; returns its key, or null when the handoff is full.</summary>
    public string? Offer(OpenedDesign opened)
    {
        ArgumentNullException.ThrowIfNull(opened);
        var now = time.GetUtcNow();
        foreach (var (key, waiting) in _waiting)
        {
            if (waiting.Expires <= now)
            {
                _waiting.TryRemove(key, out _);
            }
        }

        if (_waiting.Count >= Capacity)
        {
            return null;
        }

        var offered = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        _waiting[offered] = (opened, now + Lifetime);
        return offered;
    }

    /// <summary>
    /// Takes the design offered under <paramref name="key"/>: null when there is none, it expired, it was taken
    /// already, or it is not the design <paramref name="designId"/>. Either way the key cannot be used again.
    /// </summary>
    public OpenedDesign? Take(string key, Guid designId)
    {
        ArgumentNullException.ThrowIfNull(key);
        return _waiting.TryRemove(key, out var waiting) && waiting.Expires > time.GetUtcNow() && waiting.Opened.Stored.Id == designId
            ? waiting.Opened
            : null;
    }
}
