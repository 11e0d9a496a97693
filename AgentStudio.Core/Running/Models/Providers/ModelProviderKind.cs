namespace AgentStudio.Core.Running.Models.Providers;

/// <summary>The kinds of model provider AgentStudio talks to, all through the official OpenAI SDK.</summary>
public enum ModelProviderKind
{
    /// <summary>api.openai.com with an API key.</summary>
    OpenAI,

    /// <summary>An Azure OpenAI resource through its v1 API; model names map to deployments.</summary>
    AzureOpenAI,

    /// <summary>Any server speaking the Chat Completions API: Ollama, vLLM, LM Studio and others.</summary>
    OpenAICompatible,
}
