using AgentStudio.Core.Running.Models.Simulated;
using Microsoft.Extensions.AI;

namespace AgentStudio.Core.Running.Models;

/// <summary>
/// Serves model names from configured providers; <c>simulated</c> is always available and serves every model
/// when no provider is configured, so a design drawn with <c>gpt-4o</c> still runs offline.
/// </summary>
public sealed class ModelCatalog : IModelCatalog
{
    private readonly IReadOnlyList<IModelSource> _sources;
    private readonly IChatClient _simulated;

    /// <summary>A catalog over <paramref name="sources"/> (tried in order), with <paramref name="simulated"/> as the offline model.</summary>
    public ModelCatalog(IEnumerable<IModelSource> sources, IChatClient? simulated = null)
    {
        ArgumentNullException.ThrowIfNull(sources);
        _sources = [.. sources];
        _simulated = simulated ?? new SimulatedChatClient();
    }

    /// <inheritdoc />
    public bool SimulatedOnly => _sources.Count == 0;

    /// <inheritdoc />
    public IReadOnlyList<string> KnownModels => [.. _sources.SelectMany(s => s.Models).Distinct(StringComparer.Ordinal)];

    /// <inheritdoc />
    public IChatClient GetChatClient(string model)
    {
        if (model == ModelNames.Simulated || SimulatedOnly)
        {
            return _simulated;
        }

        foreach (var source in _sources)
        {
            if (source.TryGetChatClient(model) is { } client)
            {
                return client;
            }
        }

        throw new RunException(RunErrorKind.ModelError,
            $"No model provider serves {model}: add it to a provider's models in settings, or run with the simulated model.");
    }

    /// <inheritdoc />
    public string ServedModel(string model) => SimulatedOnly ? ModelNames.Simulated : model;
}

/// <summary>A configured provider: OpenAI, Azure OpenAI or an OpenAI-compatible server.</summary>
public interface IModelSource
{
    /// <summary>The provider's name, for messages.</summary>
    string Name { get; }

    /// <summary>The model names the provider lists; empty when it serves any name.</summary>
    IReadOnlyList<string> Models { get; }

    /// <summary>A client for <paramref name="model"/>, or null when this provider does not serve it.</summary>
    IChatClient? TryGetChatClient(string model);
}
