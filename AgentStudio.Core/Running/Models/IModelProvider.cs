using Microsoft.Extensions.AI;

namespace AgentStudio.Core.Running.Models;

/// <summary>Finds the chat client that serves a model name: a configured provider, or the simulated model.</summary>
public interface IModelProvider
{
    /// <summary>The client for <paramref name="model"/>.</summary>
    /// <exception cref="RunException">No provider serves the model (<see cref="RunErrorKind.ModelError"/>).</exception>
    IChatClient GetChatClient(string model);
}
