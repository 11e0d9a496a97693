using System.ClientModel;
using System.ClientModel.Primitives;
using System.Collections.Concurrent;
using Microsoft.Extensions.AI;
using OpenAI;

namespace AgentStudio.Core.Running.Models.Providers;

/// <summary>
/// A provider reached through the official OpenAI SDK: OpenAI, Azure OpenAI's v1 API, or any OpenAI-compatible
/// server. Retries of 408/429/5xx with exponential backoff and Retry-After come from the SDK's
/// <see cref="ClientRetryPolicy"/>; the timeout from its network timeout.
/// </summary>
/// <remarks>Thread-safe; one chat client per model name is created on first use and reused.</remarks>
public sealed class OpenAIModelSource : IModelSource
{
    private readonly ModelProviderSettings _settings;
    private readonly OpenAIClient _client;
    private readonly ConcurrentDictionary<string, IChatClient> _chatClients = new(StringComparer.Ordinal);

    /// <summary>A source for <paramref name="settings"/>.</summary>
    /// <param name="settings">The provider's configuration.</param>
    /// <param name="transport">The HTTP transport; tests pass one aimed at a local fake server.</param>
    /// <exception cref="ArgumentException">The settings lack what the kind needs (an endpoint, a key).</exception>
    public OpenAIModelSource(ModelProviderSettings settings, PipelineTransport? transport = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Kind != ModelProviderKind.OpenAI && settings.Endpoint is null)
        {
            throw new ArgumentException($"Model provider {settings.Name} ({settings.Kind}) needs an endpoint URL.", nameof(settings));
        }

        if (settings.Kind != ModelProviderKind.OpenAICompatible && string.IsNullOrWhiteSpace(settings.ApiKey))
        {
            throw new ArgumentException($"Model provider {settings.Name} ({settings.Kind}) needs an API key.", nameof(settings));
        }

        _settings = settings;
        var options = new OpenAIClientOptions
        {
            Endpoint = settings.EffectiveEndpoint,
            NetworkTimeout = settings.Timeout,
            RetryPolicy = new ClientRetryPolicy(settings.MaxRetries),
        };
        if (transport is not null)
        {
            options.Transport = transport;
        }

        // Local servers take any key; the SDK insists on one.
        _client = new OpenAIClient(new ApiKeyCredential(string.IsNullOrWhiteSpace(settings.ApiKey) ? "no-key" : settings.ApiKey), options);
    }

    /// <inheritdoc />
    public string Name => _settings.Name;

    /// <inheritdoc />
    public IChatClient? TryGetChatClient(string model)
    {
        if (_settings.Models.Count > 0 && !_settings.Models.Contains(model, StringComparer.Ordinal))
        {
            return null;
        }

        return _chatClients.GetOrAdd(model, m =>
            _client.GetChatClient(_settings.Deployments.TryGetValue(m, out var deployment) ? deployment : m).AsIChatClient());
    }
}
