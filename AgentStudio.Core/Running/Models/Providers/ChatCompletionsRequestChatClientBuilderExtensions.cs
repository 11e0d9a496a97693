using Microsoft.Extensions.AI;

namespace AgentStudio.Core.Running.Models.Providers;

/// <summary>Adds <see cref="ChatCompletionsRequestChatClient"/> to a chat client pipeline.</summary>
public static class ChatCompletionsRequestChatClientBuilderExtensions
{
    /// <summary>Writes requests onto the Chat Completions wire as the Agents SDK sends them; use it innermost, on an OpenAI chat client.</summary>
    public static ChatClientBuilder UseChatCompletionsRequests(this ChatClientBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use(inner => new ChatCompletionsRequestChatClient(inner));
    }
}
