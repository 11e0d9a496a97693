using AgentStudio.Core.Running.Models;
using AgentStudio.Core.Running.Models.Providers;
using AgentStudio.Core.Running.Models.Reliability;
using AgentStudio.Core.Running.Models.Simulated;

namespace AgentStudio.Running;

/// <summary>
/// Reads the model providers from configuration: <c>AgentStudio:Models:Providers</c> (appsettings, user secrets,
/// environment) and the conventional variables <c>OPENAI_API_KEY</c> (+ <c>OPENAI_BASE_URL</c>) and
/// <c>AZURE_OPENAI_ENDPOINT</c> + <c>AZURE_OPENAI_API_KEY</c>; and the limits of model calls and runs:
/// <c>AgentStudio:Models:CallTimeout</c>, <c>StreamIdleTimeout</c>, <c>MaxRetries</c> (every provider's, unless a
/// provider of the section sets its own <c>Timeout</c>, <c>StreamIdleTimeout</c> or <c>MaxRetries</c>) and
/// <c>RunTimeout</c>.
/// </summary>
internal static class ModelProvidersConfiguration
{
    public const string Section = "AgentStudio:Models";

    /// <summary>The default of <c>AgentStudio:Models:RunTimeout</c>: ten minutes.</summary>
    public static readonly TimeSpan DefaultRunTimeout = TimeSpan.FromMinutes(10);

    /// <summary>The limits every provider's calls get unless it sets its own.</summary>
    public static ModelCallLimits Limits(IConfiguration configuration) => new(
        configuration.GetValue($"{Section}:CallTimeout", ModelCallLimits.DefaultCallTimeout),
        configuration.GetValue($"{Section}:StreamIdleTimeout", ModelCallLimits.DefaultStreamIdleTimeout),
        configuration.GetValue($"{Section}:MaxRetries", ModelCallLimits.DefaultMaxRetries));

    /// <summary>How long a run may take (<c>AgentStudio:Models:RunTimeout</c>, default ten minutes).</summary>
    public static TimeSpan RunTimeout(IConfiguration configuration) => configuration.GetValue($"{Section}:RunTimeout", DefaultRunTimeout);

    /// <summary>Gives <paramref name="settings"/> the configured limits (for providers of the settings page, which set none).</summary>
    public static ModelProviderSettings WithLimits(ModelProviderSettings settings, IConfiguration configuration)
    {
        var limits = Limits(configuration);
        settings.Timeout = limits.CallTimeout;
        settings.StreamIdleTimeout = limits.StreamIdleTimeout;
        settings.MaxRetries = limits.MaxRetries;
        return settings;
    }

    public static IReadOnlyList<ModelProviderSettings> Read(IConfiguration configuration)
    {
        var providers = new List<ModelProviderSettings>();
        foreach (var child in configuration.GetSection($"{Section}:Providers").GetChildren())
        {
            // The section's own Timeout, StreamIdleTimeout and MaxRetries win over the limits of every provider.
            var settings = WithLimits(new ModelProviderSettings(), configuration);
            child.Bind(settings);
            if (string.IsNullOrWhiteSpace(settings.Name))
            {
                settings.Name = child.Key;
            }

            providers.Add(settings);
        }

        if (configuration["AZURE_OPENAI_ENDPOINT"] is { Length: > 0 } azureEndpoint && configuration["AZURE_OPENAI_API_KEY"] is { Length: > 0 } azureKey)
        {
            providers.Add(WithLimits(new ModelProviderSettings { Name = "azure-openai", Kind = ModelProviderKind.AzureOpenAI, Endpoint = new Uri(azureEndpoint), ApiKey = azureKey }, configuration));
        }

        if (configuration["OPENAI_API_KEY"] is { Length: > 0 } openAiKey)
        {
            var baseUrl = configuration["OPENAI_BASE_URL"];
            providers.Add(WithLimits(new ModelProviderSettings { Name = "openai", Kind = ModelProviderKind.OpenAI, ApiKey = openAiKey, Endpoint = string.IsNullOrWhiteSpace(baseUrl) ? null : new Uri(baseUrl) }, configuration));
        }

        return providers;
    }

    /// <summary>
    /// The catalog of configured providers, with the simulated model streaming at the pace of
    /// <c>AgentStudio:Models:SimulatedChunkDelay</c> (default 15 ms a chunk).
    /// </summary>
    public static ModelCatalog CreateCatalog(IConfiguration configuration, IReadOnlyList<IModelSource>? sources = null)
    {
        var simulated = new SimulatedModelOptions();
        simulated = simulated with { ChunkDelay = configuration.GetValue($"{Section}:SimulatedChunkDelay", simulated.ChunkDelay) };
        return new(sources ?? [.. Read(configuration).Select(s => new OpenAIModelSource(s))], new SimulatedChatClient(simulated));
    }
}
