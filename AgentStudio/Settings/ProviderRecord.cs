using AgentStudio.Core.Running.Models.Providers;

namespace AgentStudio.Settings;

/// <summary>A model provider entered on the settings page. The key is held encrypted; the browser never sees it.</summary>
public sealed record ProviderRecord
{
    /// <summary>A stable id.</summary>
    public Guid Id { get; init; } = Guid.NewGuid();

    /// <summary>The provider's name.</summary>
    public string Name { get; init; } = "";

    /// <summary>OpenAI, Azure OpenAI or OpenAI-compatible.</summary>
    public ModelProviderKind Kind { get; init; }

    /// <summary>The base URL (Azure and compatible servers).</summary>
    public string? Endpoint { get; init; }

    /// <summary>The model names it serves (empty: every name).</summary>
    public IReadOnlyList<string> Models { get; init; } = [];

    /// <summary>Azure: model name → deployment.</summary>
    public IReadOnlyDictionary<string, string> Deployments { get; init; } = new Dictionary<string, string>();

    /// <summary>The API key encrypted with ASP.NET Core Data Protection, or null when none was given.</summary>
    public string? ProtectedApiKey { get; init; }

    /// <summary>The last four characters of the key, for the masked display.</summary>
    public string? KeyHint { get; init; }
}
