using Microsoft.Extensions.AI;

namespace AgentStudio.Core.Running.Models.Reliability;

/// <summary>Adds <see cref="RetryingChatClient"/> to a chat client pipeline.</summary>
public static class RetryingChatClientBuilderExtensions
{
    /// <summary>Retries calls that got no answer, 408, 429 or a 5xx, within the call's deadline.</summary>
    /// <param name="builder">The pipeline.</param>
    /// <param name="maxRetries">How many retries a call may make (0 for none).</param>
    /// <param name="callTimeout">How long a call may take in all: no retry waits past it.</param>
    /// <param name="time">The clock of the waits; defaults to the system clock.</param>
    public static ChatClientBuilder UseRetries(this ChatClientBuilder builder, int maxRetries, TimeSpan callTimeout, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use(inner => new RetryingChatClient(inner, maxRetries, callTimeout, time));
    }
}
