using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace AgentStudio.Core.Running.Models.Reliability;

/// <summary>
/// Fails a streamed model call that goes <see cref="Timeout"/> without new content — before the first update too —
/// with a <see cref="ModelCallException"/>. Keep-alive comments never reach the updates, and updates without
/// content or a finish reason do not count, so a server dripping either cannot hold a run forever.
/// Non-streamed calls pass through (the call's deadline bounds them).
/// </summary>
/// <remarks>Thread-safe if the inner client is.</remarks>
public sealed class StreamIdleTimeoutChatClient : DelegatingChatClient
{
    private readonly TimeProvider _time;

    /// <summary>A client failing <paramref name="innerClient"/>'s streams that stall for <paramref name="timeout"/>.</summary>
    /// <param name="innerClient">The client whose streams are watched.</param>
    /// <param name="timeout">How long a stream may go without content.</param>
    /// <param name="time">The clock; defaults to the system clock.</param>
    public StreamIdleTimeoutChatClient(IChatClient innerClient, TimeSpan timeout, TimeProvider? time = null)
        : base(innerClient)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout, TimeSpan.Zero);
        Timeout = timeout;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>How long a stream may go without content.</summary>
    public TimeSpan Timeout { get; }

    /// <inheritdoc />
    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var idle = new CancellationTokenSource(Timeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, idle.Token);
        var stream = TimedStream.EnumerateAsync(
            base.GetStreamingResponseAsync(messages, options, linked.Token),
            idle,
            cancellationToken,
            e => new ModelCallException($"the model server sent nothing for {Durations.Describe(Timeout)}, so the call was abandoned", e),
            update =>
            {
                if (update.Contents.Count > 0 || update.FinishReason is not null)
                {
                    // Restarts the countdown; the timer has not fired, or MoveNext would have thrown.
                    idle.CancelAfter(Timeout);
                }
            },
            linked.Token);
        await foreach (var update in stream.ConfigureAwait(false))
        {
            yield return update;
        }
    }
}
