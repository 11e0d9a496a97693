namespace AgentStudio.Core.Running.Models;

/// <summary>
/// A <see cref="IModelProvider"/> that can also say what it serves, so that a view can offer the model names and say
/// when every agent will run on the simulated model, without knowing how the models are configured.
/// </summary>
public interface IModelCatalog : IModelProvider
{
    /// <summary>Whether no provider is configured, so every model runs on the simulated one.</summary>
    bool SimulatedOnly { get; }

    /// <summary>The model names the configured providers list (a provider listing none serves any name).</summary>
    IReadOnlyList<string> KnownModels { get; }
}
