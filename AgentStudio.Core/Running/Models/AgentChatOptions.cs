using Microsoft.Extensions.AI;

namespace AgentStudio.Core.Running.Models;

/// <summary>
/// Chat options that also name the calling agent, for the models that answer per agent (simulated, scripted), and
/// carry the run's observer of retries. A subclass rather than additional properties, so real providers never send
/// them over the wire.
/// </summary>
public sealed class AgentChatOptions : ChatOptions
{
    /// <summary>Options for <paramref name="agentName"/>.</summary>
    public AgentChatOptions(string agentName)
    {
        AgentName = agentName;
    }

    private AgentChatOptions(AgentChatOptions other)
        : base(other)
    {
        AgentName = other.AgentName;
        RetryObserver = other.RetryObserver;
    }

    /// <summary>The name of the agent whose model call this is.</summary>
    public string AgentName { get; }

    /// <summary>
    /// Told before each retry of the call waits (see <see cref="Reliability.RetryingChatClient"/>), so that a run can
    /// show why it waits; called on the calling thread, so it must be quick. Null when nobody watches.
    /// </summary>
    public Action<Reliability.ModelRetry>? RetryObserver { get; set; }

    /// <inheritdoc />
    public override ChatOptions Clone() => new AgentChatOptions(this);

    /// <summary>The agent name the options carry, or null when they are not <see cref="AgentChatOptions"/>.</summary>
    public static string? AgentNameOf(ChatOptions? options) => (options as AgentChatOptions)?.AgentName;

    /// <summary>The retry observer the options carry, or null when they are not <see cref="AgentChatOptions"/>.</summary>
    public static Action<Reliability.ModelRetry>? RetryObserverOf(ChatOptions? options) => (options as AgentChatOptions)?.RetryObserver;
}
