using Microsoft.Extensions.AI;

namespace AgentStudio.Core.Running.Models;

/// <summary>Finds the chat client that serves a model name: a configured provider, or the simulated model.</summary>
public interface IModelProvider
{
    /// <summary>The client for <paramref name="model"/>.</summary>
    /// <exception cref="RunException">No provider serves the model (<see cref="RunErrorKind.ModelError"/>).</exception>
    IChatClient GetChatClient(string model);

    /// <summary>
    /// The name of the model that answers when <paramref name="model"/> is asked for: <paramref name="model"/> itself
    /// unless the provider serves it with another (the simulated model when none is configured, or one model for every
    /// agent). Traces label model calls with it, so that a run shows which model really answered.
    /// </summary>
    /// <remarks>Defaults to <paramref name="model"/>; never throws, even for a model <see cref="GetChatClient"/> refuses.</remarks>
    string ServedModel(string model) => model;
}
