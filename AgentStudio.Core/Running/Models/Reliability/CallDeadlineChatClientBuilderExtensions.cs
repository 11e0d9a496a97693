using Microsoft.Extensions.AI;

namespace AgentStudio.Core.Running.Models.Reliability;

/// <summary>Adds <see cref="CallDeadlineChatClient"/> to a chat client pipeline.</summary>
public static class CallDeadlineChatClientBuilderExtensions
{
    /// <summary>Fails calls that take longer than <paramref name="timeout"/> in all; add it before (outside) the retries.</summary>
    /// <param name="builder">The pipeline.</param>
    /// <param name="timeout">How long a call may take in all.</param>
    /// <param name="time">The clock of the deadline; defaults to the system clock.</param>
    public static ChatClientBuilder UseCallDeadline(this ChatClientBuilder builder, TimeSpan timeout, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use(inner => new CallDeadlineChatClient(inner, timeout, time));
    }
}
