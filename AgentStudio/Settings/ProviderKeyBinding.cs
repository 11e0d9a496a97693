namespace AgentStudio.Settings;

/// <summary>
/// Seals a provider's API key together with the kind and endpoint it was entered for, so that it is only ever sent
/// there: a changed endpoint, in the page or in the file, leaves the key unusable until it is entered again.
/// </summary>
internal static class ProviderKeyBinding
{
    /// <summary>The Data Protection purpose of sealed keys.</summary>
    public const string Purpose = "AgentStudio.ProviderKeys.v2";

    /// <summary>The plain text to encrypt: the target, then the key.</summary>
    public static string Bind(ProviderRecord provider, string key) => Target(provider) + "\n" + key;

    /// <summary>The key from decrypted <paramref name="sealedText"/>, or null when it was bound to another target.</summary>
    public static string? Open(string sealedText, ProviderRecord provider)
    {
        var split = sealedText.LastIndexOf('\n');
        return split >= 0 && sealedText[..split] == Target(provider) ? sealedText[(split + 1)..] : null;
    }

    /// <summary>Whether two versions of a provider send requests to the same place.</summary>
    public static bool SameTarget(ProviderRecord a, ProviderRecord b) => Target(a) == Target(b);

    // The kind decides the default endpoint (OpenAI's) when none is given; trailing slashes and case of the host do not matter.
    private static string Target(ProviderRecord provider)
    {
        var endpoint = provider.Endpoint?.Trim() ?? "";
        if (Uri.TryCreate(endpoint, UriKind.Absolute, out var uri))
        {
            endpoint = uri.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped).TrimEnd('/');
        }

        return $"{provider.Kind} {endpoint}";
    }
}
