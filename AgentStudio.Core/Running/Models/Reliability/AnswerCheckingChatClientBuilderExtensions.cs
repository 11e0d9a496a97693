using Microsoft.Extensions.AI;

namespace AgentStudio.Core.Running.Models.Reliability;

/// <summary>Adds <see cref="AnswerCheckingChatClient"/> to a chat client pipeline.</summary>
public static class AnswerCheckingChatClientBuilderExtensions
{
    /// <summary>Fails answers that are cut short or are not chat completions; add it last (innermost).</summary>
    /// <param name="builder">The pipeline.</param>
    public static ChatClientBuilder UseAnswerChecks(this ChatClientBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use(inner => new AnswerCheckingChatClient(inner));
    }
}
