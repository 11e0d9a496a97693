using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace AgentStudio.Core.Running.Models.Reliability;

/// <summary>
/// Retries a model call that got no answer, 408, 429 or a 5xx, with exponential backoff or the wait the server asked
/// for (Retry-After), announcing each retry to <see cref="AgentChatOptions.RetryObserver"/> before waiting. A wait
/// that would end past the call's deadline fails the call at once instead. A streamed call is retried only before
/// its first update: text already shown cannot be taken back. Every failure it passes on is a
/// <see cref="ModelCallException"/> in plain words.
/// </summary>
/// <remarks>Thread-safe if the inner client is. The SDK's own retries must be off, or waits multiply.</remarks>
public sealed class RetryingChatClient : DelegatingChatClient
{
    private static readonly TimeSpan FirstBackoff = TimeSpan.FromSeconds(0.8);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);
    private readonly int _maxRetries;
    private readonly TimeSpan _callTimeout;
    private readonly TimeProvider _time;

    /// <summary>A client retrying <paramref name="innerClient"/>'s failed calls.</summary>
    /// <param name="innerClient">The client to retry.</param>
    /// <param name="maxRetries">How many retries a call may make (0 for none).</param>
    /// <param name="callTimeout">How long a call may take in all: no retry waits past it.</param>
    /// <param name="time">The clock of the waits; defaults to the system clock.</param>
    public RetryingChatClient(IChatClient innerClient, int maxRetries, TimeSpan callTimeout, TimeProvider? time = null)
        : base(innerClient)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxRetries);
        _maxRetries = maxRetries;
        _callTimeout = callTimeout;
        _time = time ?? TimeProvider.System;
    }

    /// <inheritdoc />
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var started = _time.GetTimestamp();
        for (var tries = 1; ; tries++)
        {
            try
            {
                return await base.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not ModelCallException and not OperationCanceledException)
            {
                await WaitToRetryAsync(e, tries, started, options, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <inheritdoc />
    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var started = _time.GetTimestamp();
        for (var tries = 1; ; tries++)
        {
            var updates = base.GetStreamingResponseAsync(messages, options, cancellationToken).GetAsyncEnumerator(cancellationToken);
            bool any;
            try
            {
                // The request goes out on the first MoveNext: this is where a failed request shows.
                any = await updates.MoveNextAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is not ModelCallException and not OperationCanceledException)
            {
                await updates.DisposeAsync().ConfigureAwait(false);
                await WaitToRetryAsync(e, tries, started, options, cancellationToken).ConfigureAwait(false);
                continue;
            }

            try
            {
                if (!any)
                {
                    yield break;
                }

                yield return updates.Current;
                while (await NextAsync(updates).ConfigureAwait(false))
                {
                    yield return updates.Current;
                }
            }
            finally
            {
                await updates.DisposeAsync().ConfigureAwait(false);
            }

            yield break;
        }
    }

    private static async ValueTask<bool> NextAsync(IAsyncEnumerator<ChatResponseUpdate> updates)
    {
        try
        {
            return await updates.MoveNextAsync().ConfigureAwait(false);
        }
        catch (Exception e) when (e is not ModelCallException and not OperationCanceledException)
        {
            throw new ModelCallException(ModelServerErrors.Describe(e, tries: 1), e);
        }
    }

    // Returns when it is time for the next try; throws the plain failure when there is none.
    private async Task WaitToRetryAsync(Exception failure, int tries, long started, ChatOptions? options, CancellationToken cancellationToken)
    {
        if (!ModelServerErrors.IsTransient(failure) || tries > _maxRetries)
        {
            throw new ModelCallException(ModelServerErrors.Describe(failure, tries), failure);
        }

        var asked = ModelServerErrors.RetryAfter(failure, _time.GetUtcNow());
        var delay = asked ?? Backoff(tries);
        var left = _callTimeout - _time.GetElapsedTime(started);
        if (delay > left)
        {
            throw new ModelCallException(asked is { } wait && failure is System.ClientModel.ClientResultException status
                ? $"the model server asked to wait {Durations.Describe(wait)} before trying again ({ModelServerErrors.Status(status)}), past the deadline of the call ({Durations.Describe(_callTimeout)})"
                : ModelServerErrors.Describe(failure, tries), failure);
        }

        var reason = failure switch
        {
            System.ClientModel.ClientResultException { Status: > 0 } e when asked is not null => $"the server asked to wait ({ModelServerErrors.Status(e)})",
            System.ClientModel.ClientResultException { Status: > 0 } e => $"the server answered {ModelServerErrors.Status(e)}",
            _ => "the server could not be reached",
        };
        AgentChatOptions.RetryObserverOf(options)?.Invoke(new ModelRetry(tries, _maxRetries, delay, reason));
        await Task.Delay(delay, _time, cancellationToken).ConfigureAwait(false);
    }

    // Exponential with jitter, so that many clients refused at once do not all come back at once.
    private static TimeSpan Backoff(int tries)
    {
        var exponential = FirstBackoff * Math.Pow(2, tries - 1);
        var jittered = exponential * (0.8 + (0.4 * Random.Shared.NextDouble()));
        return jittered < MaxBackoff ? jittered : MaxBackoff;
    }
}
