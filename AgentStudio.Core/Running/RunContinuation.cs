using Microsoft.Extensions.AI;

namespace AgentStudio.Core.Running;

/// <summary>
/// What a run needs to go on from a finished one (<see cref="RunOptions.Continue"/>): the conversation so far and the
/// agent that had control. Keeping this instead of the whole <see cref="RunResult"/> lets a chat go on without keeping
/// the finished run's trace.
/// </summary>
/// <param name="LastAgentId">The design id of the agent in control at the end, which answers the next message.</param>
/// <param name="LastAgent">That agent's name, used when the id is no longer in the design.</param>
/// <param name="History">The whole conversation, earlier turns included.</param>
public sealed record RunContinuation(string LastAgentId, string LastAgent, IReadOnlyList<ChatMessage> History)
{
    /// <summary>What going on from <paramref name="result"/> needs.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static RunContinuation FromRunResult(RunResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new(result.LastAgentId, result.LastAgent, result.History);
    }

    /// <summary>A finished run passed where a continuation is expected: what going on from it needs.</summary>
    public static implicit operator RunContinuation(RunResult result) => FromRunResult(result);
}
