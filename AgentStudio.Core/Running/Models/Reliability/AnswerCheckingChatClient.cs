using System.ClientModel;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Extensions.AI;

namespace AgentStudio.Core.Running.Models.Reliability;

/// <summary>
/// Lets only complete Chat Completions answers through. A stream counts as complete when an update carries a finish
/// reason — the OpenAI SDK ends a stream quietly when the connection closes early, without one or <c>[DONE]</c> —
/// and a response when it has a finish reason or content. Anything else fails with a <see cref="ModelCallException"/>
/// in plain words, so a cut answer is never taken for a whole one.
/// </summary>
/// <remarks>Thread-safe if the inner client is. Put it innermost, next to the provider's client.</remarks>
public sealed class AnswerCheckingChatClient : DelegatingChatClient
{
    /// <summary>The message of an answer that stopped before its end.</summary>
    public const string StreamClosedEarly = "the model server closed the stream before the answer ended";

    /// <summary>The start of the message of a 200 answer that is not a chat completion; a description follows.</summary>
    public const string NotAChatCompletion = "the model server answered 200 with something that is not a Chat Completions response";

    /// <summary>A client checking <paramref name="innerClient"/>'s answers.</summary>
    public AnswerCheckingChatClient(IChatClient innerClient)
        : base(innerClient)
    {
    }

    /// <inheritdoc />
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        ChatResponse response;
        try
        {
            response = await base.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException e)
        {
            throw new ModelCallException($"{NotAChatCompletion} (text that is not JSON)", e);
        }

        if (response.FinishReason is null && response.Messages.All(m => m.Contents.Count == 0))
        {
            throw new ModelCallException($"{NotAChatCompletion} (no choices)");
        }

        return response;
    }

    /// <inheritdoc />
    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var updates = base.GetStreamingResponseAsync(messages, options, cancellationToken).GetAsyncEnumerator(cancellationToken);
        var received = false;
        var finished = false;
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
                catch (JsonException e)
                {
                    throw new ModelCallException(received ? StreamClosedEarly : $"{NotAChatCompletion} (text that is not JSON)", e);
                }
                catch (Exception e) when (received && !cancellationToken.IsCancellationRequested && IsBrokenConnection(e))
                {
                    throw new ModelCallException(StreamClosedEarly, e);
                }

                received = true;
                finished |= updates.Current.FinishReason is not null;
                yield return updates.Current;
            }
        }
        finally
        {
            await updates.DisposeAsync().ConfigureAwait(false);
        }

        if (!finished)
        {
            throw new ModelCallException(received ? StreamClosedEarly : $"{NotAChatCompletion} (no event stream)");
        }
    }

    private static bool IsBrokenConnection(Exception exception) =>
        exception is IOException or HttpRequestException or ClientResultException { Status: 0 } || exception.InnerException is IOException or HttpRequestException;
}
