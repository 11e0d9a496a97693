using Microsoft.Extensions.AI;

namespace AgentStudio.Benchmarks.Hybrid;

/// <summary>
/// A zero-latency chat client that plays the hybrid support conversation for any framework, by the tools it is
/// offered: hand off to billing when it can and has not, else call every (non-handoff) tool once, else answer.
/// The same client serves AgentStudio and Agent Framework, so the difference measured is the frameworks' own.
/// </summary>
/// <remarks>
/// It counts the calls it served (<see cref="CallsServed"/>) and, given a <see cref="ToolCallLog"/>, records the tools
/// it asked for, so that a check can prove what work a run did. Thread-safe: frameworks may call tools in parallel.
/// </remarks>
/// <param name="toolCalls">Where to record the tools asked for; null (the measured runs) records nothing.</param>
internal sealed class InMemoryChatClient(ToolCallLog? toolCalls = null) : IChatClient
{
    private static readonly UsageDetails Usage = new() { InputTokenCount = 100, OutputTokenCount = 20, TotalTokenCount = 120 };
    private int _callsServed;

    /// <summary>The model calls this client has answered, streaming or not.</summary>
    public int CallsServed => Volatile.Read(ref _callsServed);

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(new ChatResponse(Respond(messages as IReadOnlyList<ChatMessage> ?? [.. messages], options)) { Usage = Usage });

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var message = Respond(messages as IReadOnlyList<ChatMessage> ?? [.. messages], options);
        await Task.CompletedTask;
        yield return new ChatResponseUpdate(ChatRole.Assistant, [.. message.Contents, new UsageContent(Usage)]) { MessageId = "m" };
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
        // Nothing to release.
    }

    private ChatMessage Respond(IReadOnlyList<ChatMessage> messages, ChatOptions? options)
    {
        Interlocked.Increment(ref _callsServed);
        var tools = options?.Tools?.OfType<AIFunctionDeclaration>().ToList() ?? [];
        var handoff = tools.FirstOrDefault(HandoffTools.IsToBilling);
        if (handoff is not null && !messages.Any(HandoffTools.WasCalledIn))
        {
            toolCalls?.Add(HybridConversation.HandoffToBilling);
            return new ChatMessage(ChatRole.Assistant, [new FunctionCallContent($"{HandoffTools.CallIdPrefix}billing", handoff.Name, new Dictionary<string, object?>())]);
        }

        var lastUser = messages.Select((m, i) => (m, i)).Last(p => p.m.Role == ChatRole.User).i;
        var toolResultsSinceUser = messages.Skip(lastUser + 1).Any(m => m.Contents.OfType<FunctionResultContent>().Any(r => !HandoffTools.IsHandoffCallId(r.CallId)));
        var functions = tools.Where(t => !HandoffTools.IsHandoff(t)).ToList();
        if (functions.Count > 0 && !toolResultsSinceUser)
        {
            foreach (var function in functions)
            {
                toolCalls?.Add(function.Name);
            }

            return new ChatMessage(ChatRole.Assistant, [.. functions.Select((f, i) => (AIContent)new FunctionCallContent($"call_{i}", f.Name, Arguments(f, messages[lastUser].Text)))]);
        }

        return new ChatMessage(ChatRole.Assistant, HybridConversation.FinalAnswer);
    }

    private static Dictionary<string, object?> Arguments(AIFunctionDeclaration function, string text)
    {
        var arguments = new Dictionary<string, object?>();
        if (function.JsonSchema.TryGetProperty("properties", out var properties))
        {
            foreach (var property in properties.EnumerateObject())
            {
                arguments[property.Name] = text;
            }
        }

        return arguments;
    }
}
