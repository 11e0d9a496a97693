using AgentStudio.Core.Running.Tools;
using Microsoft.Extensions.AI;

namespace AgentStudio.Core.Running.Tracing;

/// <summary>Adds <see cref="RunTracingChatClient"/> to a chat client pipeline.</summary>
public static class RunTracingChatClientBuilderExtensions
{
    /// <summary>Records each call as a generation span of <paramref name="trace"/>, under <paramref name="parent"/>.</summary>
    /// <param name="builder">The pipeline.</param>
    /// <param name="trace">The run's trace.</param>
    /// <param name="parent">The span of the calling agent; null for a top-level span.</param>
    /// <param name="model">The name of the model that answers (the span's name).</param>
    /// <param name="time">The clock of the time to the first token; defaults to the system clock.</param>
    /// <param name="masker">Masks known secrets in the text the span records; defaults to masking nothing.</param>
    /// <param name="designedModel">The model the design asked for, recorded when another answers; null when it is <paramref name="model"/>.</param>
    public static ChatClientBuilder UseRunTracing(this ChatClientBuilder builder, RunTrace trace, TraceSpan? parent, string model, TimeProvider? time = null, SecretMasker? masker = null, string? designedModel = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use(inner => new RunTracingChatClient(inner, trace, parent, model, time, masker, designedModel));
    }
}
