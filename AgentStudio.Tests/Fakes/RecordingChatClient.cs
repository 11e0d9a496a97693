using System.Collections.Concurrent;
using AgentStudio.Core.Running.Models;
using Microsoft.Extensions.AI;

namespace AgentStudio.Tests.Fakes;

/// <summary>Passes calls to the inner client and records what each agent's call sent: messages and options.</summary>
internal sealed class RecordingChatClient(IChatClient inner) : DelegatingChatClient(inner)
{
    public sealed record Call(string? Agent, IReadOnlyList<ChatMessage> Messages, ChatOptions? Options, CancellationToken CancellationToken);

    public ConcurrentQueue<Call> Calls { get; } = new();

    public IReadOnlyList<Call> CallsOf(string agent) => [.. Calls.Where(c => c.Agent == agent)];

    public override Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        Calls.Enqueue(new Call(AgentChatOptions.AgentNameOf(options), [.. messages], options?.Clone(), cancellationToken));
        return base.GetResponseAsync(messages, options, cancellationToken);
    }

    public override IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        Calls.Enqueue(new Call(AgentChatOptions.AgentNameOf(options), [.. messages], options?.Clone(), cancellationToken));
        return base.GetStreamingResponseAsync(messages, options, cancellationToken);
    }
}
