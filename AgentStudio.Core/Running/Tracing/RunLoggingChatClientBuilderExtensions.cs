using AgentStudio.Core.Running.Tools;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace AgentStudio.Core.Running.Tracing;

/// <summary>Adds <see cref="RunLoggingChatClient"/> to a chat client pipeline.</summary>
public static class RunLoggingChatClientBuilderExtensions
{
    /// <summary>Logs each call (masked, without prompts) to <paramref name="logger"/>; adds nothing when it is null.</summary>
    /// <param name="builder">The pipeline.</param>
    /// <param name="logger">Where the calls are logged; null to log nothing.</param>
    /// <param name="model">The model name the design asked for.</param>
    /// <param name="time">The clock of durations; defaults to the system clock.</param>
    /// <param name="masker">Masks known secrets in logged messages; defaults to masking nothing.</param>
    public static ChatClientBuilder UseRunLogging(this ChatClientBuilder builder, ILogger? logger, string model, TimeProvider? time = null, SecretMasker? masker = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return logger is null ? builder : builder.Use(inner => new RunLoggingChatClient(inner, logger, model, time, masker));
    }
}
