using AgentStudio.Core.Running.Models.Providers;
using AgentStudio.Settings;

namespace AgentStudio.Components.Pages.Settings;

/// <summary>What the provider form says about a provider: its kind in words, and what stops it from being saved.</summary>
internal static class ProviderForm
{
    /// <summary>"OpenAI", "Azure OpenAI" or "OpenAI-compatible", as the kind picker names them.</summary>
    public static string KindName(ModelProviderKind kind) => kind switch
    {
        ModelProviderKind.OpenAI => "OpenAI",
        ModelProviderKind.AzureOpenAI => "Azure OpenAI",
        ModelProviderKind.OpenAICompatible => "OpenAI-compatible",
        _ => kind.ToString(),
    };

    /// <summary>
    /// Why <paramref name="record"/> cannot be saved, or null when it can. Names are compared without case against the
    /// other providers (<paramref name="existing"/>; the one being edited has the same id and is skipped): agents and
    /// the runs' errors name providers, so two of the same name could not be told apart.
    /// </summary>
    public static string? Problem(ProviderRecord record, bool hasKey, IEnumerable<ProviderRecord> existing) => record switch
    {
        { Name.Length: 0 } => "Give the provider a name.",
        _ when existing.Any(p => p.Id != record.Id && string.Equals(p.Name.Trim(), record.Name, StringComparison.OrdinalIgnoreCase))
            => $"There is already a provider named {record.Name}: give this one another name.",
        { Kind: not ModelProviderKind.OpenAI, Endpoint: null } => $"An {KindName(record.Kind)} provider needs its endpoint URL.",
        { Endpoint: { } url } when !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") => $"The endpoint '{url}' is not an http or https URL.",
        { Kind: not ModelProviderKind.OpenAICompatible } when !hasKey => $"An {KindName(record.Kind)} provider needs an API key. A stored key stays with the endpoint it was entered for: enter it again for a new endpoint or kind.",
        _ => null,
    };
}
