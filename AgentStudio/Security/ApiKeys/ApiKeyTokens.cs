using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace AgentStudio.Security.ApiKeys;

/// <summary>
/// The shape of an API key: <c>as_</c> and 32 random bytes in base64url (46 characters). Only its SHA-256 hash
/// and its first <see cref="PrefixLength"/> characters are kept; the key is shown once, when it is made.
/// </summary>
internal static class ApiKeyTokens
{
    /// <summary>What every key starts with, so a leaked one is recognisable (secret scanners, logs).</summary>
    public const string Marker = "as_";

    /// <summary>How many leading characters are stored and shown: the marker and 8 random ones (48 bits).</summary>
    public const int PrefixLength = 11;

    private const int RandomBytes = 32;

    /// <summary>A new key from the operating system's cryptographic random generator.</summary>
    public static string NewKey() => Marker + WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(RandomBytes));

    /// <summary>The key's SHA-256 hash. A plain hash suffices: 256 random bits cannot be guessed, so no slow hash is needed.</summary>
    public static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    /// <summary>The stored, visible prefix of a key; null when the text cannot be a key of ours.</summary>
    public static string? PrefixOf(string key) =>
        key.Length > PrefixLength && key.StartsWith(Marker, StringComparison.Ordinal) ? key[..PrefixLength] : null;
}
