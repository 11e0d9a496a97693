using Microsoft.Extensions.AI;

namespace AgentStudio.Core.Running.Models.Reliability;

/// <summary>Adds <see cref="StreamIdleTimeoutChatClient"/> to a chat client pipeline.</summary>
public static class StreamIdleTimeoutChatClientBuilderExtensions
{
    /// <summary>
    /// Fails streams that go <paramref name="timeout"/> without content; add it after (inside) the retries, so that
    /// a retry's wait is not taken for silence.
    /// </summary>
    /// <param name="builder">The pipeline.</param>
    /// <param name="timeout">How long a stream may go without content.</param>
    /// <param name="time">The clock; defaults to the system clock.</param>
    public static ChatClientBuilder UseStreamIdleTimeout(this ChatClientBuilder builder, TimeSpan timeout, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use(inner => new StreamIdleTimeoutChatClient(inner, timeout, time));
    }
}
