using AgentStudio.Core.Running.Models.Reliability;

namespace AgentStudio.Core.Running.Models.Providers;

/// <summary>One configured model provider (bound from <c>AgentStudio:Models:Providers</c>, the environment or the settings page).</summary>
public sealed class ModelProviderSettings
{
    /// <summary>A name for messages and the settings page, e.g. <c>openai</c> or <c>ollama</c>.</summary>
    public string Name { get; set; } = "";

    /// <summary>What kind of server it is.</summary>
    public ModelProviderKind Kind { get; set; }

    /// <summary>The API key; never written to designs, traces or logs. Optional for local servers.</summary>
    public string? ApiKey { get; set; }

    /// <summary>
    /// The base URL: required for Azure (<c>https://NAME.openai.azure.com</c>) and OpenAI-compatible servers
    /// (<c>http://localhost:11434/v1</c>); optional for OpenAI.
    /// </summary>
    public Uri? Endpoint { get; set; }

    /// <summary>The model names it serves; empty means every name no earlier provider serves.</summary>
    public IList<string> Models { get; } = [];

    /// <summary>Azure: the deployment serving each model name (a model without one uses its own name).</summary>
    public IDictionary<string, string> Deployments { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>
    /// How long one model call may take in all, retries and their waits included, before it fails
    /// (default <see cref="ModelCallLimits.DefaultCallTimeout"/>).
    /// </summary>
    public TimeSpan Timeout { get; set; } = ModelCallLimits.DefaultCallTimeout;

    /// <summary>
    /// How long a streamed answer may go without new content (keep-alive comments do not count) before the call fails
    /// (default <see cref="ModelCallLimits.DefaultStreamIdleTimeout"/>).
    /// </summary>
    public TimeSpan StreamIdleTimeout { get; set; } = ModelCallLimits.DefaultStreamIdleTimeout;

    /// <summary>
    /// How many times a request that got 408, 429, 5xx or no answer is retried, with exponential backoff honouring
    /// Retry-After (default <see cref="ModelCallLimits.DefaultMaxRetries"/>).
    /// </summary>
    public int MaxRetries { get; set; } = ModelCallLimits.DefaultMaxRetries;

    /// <summary>The deadlines and retries of this provider's calls.</summary>
    public ModelCallLimits Limits => new(Timeout, StreamIdleTimeout, MaxRetries);

    /// <summary>The URL the OpenAI SDK talks to: Azure's v1 API lives under <c>/openai/v1/</c>.</summary>
    public Uri? EffectiveEndpoint => Kind switch
    {
        ModelProviderKind.AzureOpenAI when Endpoint is { } azure => new Uri(azure, azure.AbsolutePath.Contains("/openai/", StringComparison.Ordinal) ? azure.AbsolutePath : "/openai/v1/"),
        _ => Endpoint,
    };
}
