using Microsoft.Extensions.AI;

namespace AgentStudio.Core.Running.Models;

/// <summary>
/// Chat options that also name the calling agent, for the models that answer per agent (simulated, scripted).
/// A subclass rather than an additional property, so real providers never send the name over the wire.
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
    }

    /// <summary>The name of the agent whose model call this is.</summary>
    public string AgentName { get; }

    /// <inheritdoc />
    public override ChatOptions Clone() => new AgentChatOptions(this);

    /// <summary>The agent name the options carry, or null when they are not <see cref="AgentChatOptions"/>.</summary>
    public static string? AgentNameOf(ChatOptions? options) => (options as AgentChatOptions)?.AgentName;
}
