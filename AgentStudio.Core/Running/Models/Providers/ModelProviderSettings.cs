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

    /// <summary>How long one request may take before it is abandoned (default 100 seconds).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>How many times a request that got 408, 429 or 5xx is retried, with exponential backoff honouring Retry-After (default 3).</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The URL the OpenAI SDK talks to: Azure's v1 API lives under <c>/openai/v1/</c>.</summary>
    public Uri? EffectiveEndpoint => Kind switch
    {
        ModelProviderKind.AzureOpenAI when Endpoint is { } azure => new Uri(azure, azure.AbsolutePath.Contains("/openai/", StringComparison.Ordinal) ? azure.AbsolutePath : "/openai/v1/"),
        _ => Endpoint,
    };
}
