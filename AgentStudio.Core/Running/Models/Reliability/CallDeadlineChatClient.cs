using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace AgentStudio.Core.Running.Models.Reliability;

/// <summary>
/// Gives every model call an overall deadline, retries and their waits included: past it the call is cancelled and
/// fails with a <see cref="ModelCallException"/> saying so. Cancelling the caller's token still cancels as usual.
/// </summary>
/// <remarks>Thread-safe if the inner client is.</remarks>
public sealed class CallDeadlineChatClient : DelegatingChatClient
{
    private readonly TimeSpan _timeout;
    private readonly TimeProvider _time;

    /// <summary>A client failing <paramref name="innerClient"/>'s calls that take longer than <paramref name="timeout"/>.</summary>
    /// <param name="innerClient">The client whose calls are bounded.</param>
    /// <param name="timeout">How long a call may take in all.</param>
    /// <param name="time">The clock of the deadline; defaults to the system clock.</param>
    public CallDeadlineChatClient(IChatClient innerClient, TimeSpan timeout, TimeProvider? time = null)
        : base(innerClient)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout, TimeSpan.Zero);
        _timeout = timeout;
        _time = time ?? TimeProvider.System;
    }

    /// <inheritdoc />
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        using var deadline = new CancellationTokenSource(_timeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            return await base.GetResponseAsync(messages, options, linked.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw TimedOut(e);
        }
    }

    /// <inheritdoc />
    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var deadline = new CancellationTokenSource(_timeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        await foreach (var update in TimedStream.EnumerateAsync(base.GetStreamingResponseAsync(messages, options, linked.Token), deadline, cancellationToken, TimedOut, cancellationToken: linked.Token).ConfigureAwait(false))
        {
            yield return update;
        }
    }

    private ModelCallException TimedOut(Exception cause) =>
        new($"the model server did not finish answering within {Durations.Describe(_timeout)} (the deadline of the call)", cause);
}
