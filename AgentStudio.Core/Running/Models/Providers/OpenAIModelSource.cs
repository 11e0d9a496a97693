using System.ClientModel;
using System.ClientModel.Primitives;
using System.Collections.Concurrent;
using AgentStudio.Core.Running.Models.Reliability;
using Microsoft.Extensions.AI;
using OpenAI;

namespace AgentStudio.Core.Running.Models.Providers;

/// <summary>
/// A provider reached through the official OpenAI SDK: OpenAI, Azure OpenAI's v1 API, or any OpenAI-compatible
/// server. Each model's client is the SDK's, wrapped (outermost first) in the call's deadline
/// (<see cref="CallDeadlineChatClient"/>), retries of 408/429/5xx that honour Retry-After and announce themselves
/// (<see cref="RetryingChatClient"/>), the stream idle timeout (<see cref="StreamIdleTimeoutChatClient"/>) and the
/// check that an answer is a whole chat completion (<see cref="AnswerCheckingChatClient"/>), around the writing of each
/// request as the Agents SDK sends it (<see cref="ChatCompletionsRequestChatClient"/>), with the limits of
/// <see cref="ModelProviderSettings.Limits"/>.
/// </summary>
/// <remarks>Thread-safe; one chat client per model name is created on first use and reused.</remarks>
public sealed class OpenAIModelSource : IModelSource
{
    private readonly ModelProviderSettings _settings;
    private readonly OpenAIClient _client;
    private readonly ModelCallLimits _limits;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<string, IChatClient> _chatClients = new(StringComparer.Ordinal);

    /// <summary>A source for <paramref name="settings"/>.</summary>
    /// <param name="settings">The provider's configuration.</param>
    /// <param name="transport">The HTTP transport; tests pass one aimed at a local fake server.</param>
    /// <param name="time">The clock of deadlines and retry waits; defaults to the system clock.</param>
    /// <exception cref="ArgumentException">The settings lack what the kind needs (an endpoint, a key), or a limit is out of range.</exception>
    public OpenAIModelSource(ModelProviderSettings settings, PipelineTransport? transport = null, TimeProvider? time = null)
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

        if (settings.Timeout <= TimeSpan.Zero || settings.StreamIdleTimeout <= TimeSpan.Zero || settings.MaxRetries < 0)
        {
            throw new ArgumentException($"Model provider {settings.Name} needs positive timeouts and a retry count of 0 or more.", nameof(settings));
        }

        _settings = settings;
        _limits = settings.Limits;
        _time = time ?? TimeProvider.System;
        var options = new OpenAIClientOptions
        {
            Endpoint = settings.EffectiveEndpoint,
            // The decorators own deadlines and retries: the SDK's would fire first with messages naming its settings,
            // and its retries would wait unseen.
            NetworkTimeout = settings.Timeout + TimeSpan.FromSeconds(30),
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
        };
        // Per call, outside the (disabled) retry policy: it sees the final answer, buffered unless streamed.
        options.AddPolicy(ChatCompletionsResponsePolicy.Instance, PipelinePosition.PerCall);
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
    public IReadOnlyList<string> Models => [.. _settings.Models];

    /// <inheritdoc />
    public IChatClient? TryGetChatClient(string model)
    {
        if (_settings.Models.Count > 0 && !_settings.Models.Contains(model, StringComparer.Ordinal))
        {
            return null;
        }

        return _chatClients.GetOrAdd(model, m => _client.GetChatClient(_settings.Deployments.TryGetValue(m, out var deployment) ? deployment : m)
            .AsIChatClient()
            .AsBuilder()
            .UseCallDeadline(_limits.CallTimeout, _time)
            .UseRetries(_limits.MaxRetries, _limits.CallTimeout, _time)
            .UseStreamIdleTimeout(_limits.StreamIdleTimeout, _time)
            .UseAnswerChecks()
            .UseChatCompletionsRequests()
            .Build());
    }
}
