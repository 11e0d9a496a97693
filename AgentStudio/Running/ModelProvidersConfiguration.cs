using AgentStudio.Core.Running.Models;
using AgentStudio.Core.Running.Models.Providers;
using AgentStudio.Core.Running.Models.Simulated;

namespace AgentStudio.Running;

/// <summary>
/// Reads the model providers from configuration: <c>AgentStudio:Models:Providers</c> (appsettings, user secrets,
/// environment) and the conventional variables <c>OPENAI_API_KEY</c> (+ <c>OPENAI_BASE_URL</c>) and
/// <c>AZURE_OPENAI_ENDPOINT</c> + <c>AZURE_OPENAI_API_KEY</c>.
/// </summary>
internal static class ModelProvidersConfiguration
{
    public const string Section = "AgentStudio:Models";

    public static IReadOnlyList<ModelProviderSettings> Read(IConfiguration configuration)
    {
        var providers = new List<ModelProviderSettings>();
        foreach (var child in configuration.GetSection($"{Section}:Providers").GetChildren())
        {
            var settings = new ModelProviderSettings();
            child.Bind(settings);
            if (string.IsNullOrWhiteSpace(settings.Name))
            {
                settings.Name = child.Key;
            }

            providers.Add(settings);
        }

        if (configuration["AZURE_OPENAI_ENDPOINT"] is { Length: > 0 } azureEndpoint && configuration["AZURE_OPENAI_API_KEY"] is { Length: > 0 } azureKey)
        {
            providers.Add(new ModelProviderSettings { Name = "azure-openai", Kind = ModelProviderKind.AzureOpenAI, Endpoint = new Uri(azureEndpoint), ApiKey = azureKey });
        }

        if (configuration["OPENAI_API_KEY"] is { Length: > 0 } openAiKey)
        {
            var baseUrl = configuration["OPENAI_BASE_URL"];
            providers.Add(new ModelProviderSettings { Name = "openai", Kind = ModelProviderKind.OpenAI, ApiKey = openAiKey, Endpoint = string.IsNullOrWhiteSpace(baseUrl) ? null : new Uri(baseUrl) });
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
