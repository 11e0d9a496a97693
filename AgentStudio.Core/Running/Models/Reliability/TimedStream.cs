using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace AgentStudio.Core.Running.Models.Reliability;

/// <summary>
/// Streams a model call's updates under a timer of the caller's (a deadline, an idle countdown): when the timer, not
/// the caller, cancelled the stream, the failure becomes the caller's plain <see cref="ModelCallException"/>.
/// </summary>
internal static class TimedStream
{
    /// <summary>The updates of <paramref name="stream"/>, which must be cancelled by <paramref name="timer"/>'s token.</summary>
    /// <param name="stream">The inner client's stream, started with a token linked to <paramref name="timer"/>.</param>
    /// <param name="timer">The timer that cancels the stream; <paramref name="onUpdate"/> may restart it.</param>
    /// <param name="callerToken">The caller's own token: its cancellation stays a cancellation.</param>
    /// <param name="timedOut">The failure to throw, given what the cancelled stream threw.</param>
    /// <param name="onUpdate">Called with each update before it is passed on, while the timer has not fired.</param>
    /// <param name="cancellationToken">The token linking the caller's and the timer's, for the enumeration.</param>
    public static async IAsyncEnumerable<ChatResponseUpdate> EnumerateAsync(
        IAsyncEnumerable<ChatResponseUpdate> stream,
        CancellationTokenSource timer,
        CancellationToken callerToken,
        Func<Exception, ModelCallException> timedOut,
        Action<ChatResponseUpdate>? onUpdate = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var updates = stream.GetAsyncEnumerator(cancellationToken);
        try
        {
            while (true)
            {
                try
                {
                    if (!await updates.MoveNextAsync().ConfigureAwait(false))
                    {
                        break;
                    }
                }
                catch (Exception e) when (timer.IsCancellationRequested && !callerToken.IsCancellationRequested)
                {
                    throw timedOut(e);
                }

                onUpdate?.Invoke(updates.Current);
                yield return updates.Current;
            }
        }
        finally
        {
            await updates.DisposeAsync().ConfigureAwait(false);
        }
    }
}
