namespace AgentStudio.Core.Running.Tools;

/// <summary>
/// Masks every secret the app knows (provider keys, tool secrets) in text that leaves the run engine: error
/// messages, tool outputs, model text, and so the events, traces and results built from them. Servers echo keys
/// back in errors (a 401 that quotes the Authorization header), and none of that may reach a page, a log or a file.
/// </summary>
/// <remarks>Thread-safe. The list of secrets is read on every call, so keys entered later are masked too.</remarks>
public sealed class SecretMasker
{
    /// <summary>What a secret turns into.</summary>
    public const string Mask = "***";

    // Shorter values would mask ordinary words; no real key is this short.
    private const int MinimumLength = 6;

    private readonly Func<IEnumerable<string?>> _secrets;

    /// <summary>A masker of the secrets <paramref name="secrets"/> lists at the time of each call.</summary>
    public SecretMasker(Func<IEnumerable<string?>> secrets)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        _secrets = secrets;
    }

    /// <summary>A masker that knows no secret.</summary>
    public static SecretMasker None { get; } = new(static () => []);

    /// <summary><paramref name="text"/> with every known secret, plain or URL-escaped, replaced by <see cref="Mask"/>.</summary>
    public string Apply(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var values = _secrets()
            .Where(v => v is { Length: >= MinimumLength })
            .SelectMany(v => new[] { v!, Uri.EscapeDataString(v!) })
            .Distinct(StringComparer.Ordinal)
            // Longest first, so a secret that contains another is masked whole.
            .OrderByDescending(v => v.Length);
        foreach (var value in values)
        {
            text = text.Replace(value, Mask, StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>The masked text, or null for null.</summary>
    public string? ApplyOrNull(string? text) => text is null ? null : Apply(text);
}
