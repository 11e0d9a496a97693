using AgentStudio.Core.Running.Models;
using AgentStudio.Core.Running.Models.Providers;
using AgentStudio.Settings;
using Microsoft.Extensions.AI;

namespace AgentStudio.Running;

/// <summary>
/// The app's model catalog: the providers of the settings page first, then those of configuration, and the
/// simulated model when there are none. Rebuilt whenever the settings change.
/// </summary>
internal sealed class LiveModelProvider : IModelCatalog
{
    private readonly IConfiguration _configuration;
    private readonly ProviderSettingsStore _settings;
    private ModelCatalog _catalog;

    public LiveModelProvider(IConfiguration configuration, ProviderSettingsStore settings)
    {
        _configuration = configuration;
        _settings = settings;
        _catalog = Build();
        _settings.Changed += () => _catalog = Build();
    }

    /// <inheritdoc />
    public bool SimulatedOnly => _catalog.SimulatedOnly;

    /// <inheritdoc />
    /// <remarks>Includes the models of providers that cannot serve yet (no key), as the settings page lists them.</remarks>
    public IReadOnlyList<string> KnownModels =>
        [.. _settings.Providers.SelectMany(p => p.Models).Concat(ModelProvidersConfiguration.Read(_configuration).SelectMany(p => p.Models)).Distinct(StringComparer.Ordinal)];

    public IChatClient GetChatClient(string model) => _catalog.GetChatClient(model);

    public string ServedModel(string model) => _catalog.ServedModel(model);

    private ModelCatalog Build()
    {
        var sources = new List<IModelSource>();
        foreach (var settings in _settings.ToSettings().Select(s => ModelProvidersConfiguration.WithLimits(s, _configuration)).Concat(ModelProvidersConfiguration.Read(_configuration)))
        {
            try
            {
                sources.Add(new OpenAIModelSource(settings));
            }
            catch (ArgumentException)
            {
                // An incomplete provider (no endpoint, no key) serves nothing; the settings page says why.
            }
        }

        return ModelProvidersConfiguration.CreateCatalog(_configuration, sources);
    }
}
