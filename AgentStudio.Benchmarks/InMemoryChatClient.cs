using Microsoft.Extensions.AI;

namespace AgentStudio.Benchmarks;

/// <summary>
/// A zero-latency chat client that plays the hybrid support conversation for any framework, by the tools it is
/// offered: hand off to billing when it can and has not, else call every (non-handoff) tool once, else answer.
/// The same client serves AgentStudio and Agent Framework, so the difference measured is the frameworks' own.
/// </summary>
internal sealed class InMemoryChatClient : IChatClient
{
    private static readonly UsageDetails Usage = new() { InputTokenCount = 100, OutputTokenCount = 20, TotalTokenCount = 120 };

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

    private static ChatMessage Respond(IReadOnlyList<ChatMessage> messages, ChatOptions? options)
    {
        var tools = options?.Tools?.OfType<AIFunctionDeclaration>().ToList() ?? [];
        var called = new HashSet<string>(messages.SelectMany(m => m.Contents.OfType<FunctionCallContent>()).Select(c => c.Name), StringComparer.Ordinal);
        var handoff = tools.FirstOrDefault(t => IsHandoff(t.Name) && t.Name.Contains("billing", StringComparison.OrdinalIgnoreCase));
        if (handoff is not null && !called.Any(IsHandoff))
        {
            return new ChatMessage(ChatRole.Assistant, [new FunctionCallContent("call_handoff", handoff.Name, new Dictionary<string, object?>())]);
        }

        var lastUser = messages.Select((m, i) => (m, i)).Last(p => p.m.Role == ChatRole.User).i;
        var toolResultsSinceUser = messages.Skip(lastUser + 1).Any(m => m.Contents.OfType<FunctionResultContent>().Any(r => !r.CallId.StartsWith("call_handoff", StringComparison.Ordinal)));
        var functions = tools.Where(t => !IsHandoff(t.Name)).ToList();
        if (functions.Count > 0 && !toolResultsSinceUser)
        {
            return new ChatMessage(ChatRole.Assistant, [.. functions.Select((f, i) => (AIContent)new FunctionCallContent($"call_{i}", f.Name, Arguments(f, messages[lastUser].Text)))]);
        }

        return new ChatMessage(ChatRole.Assistant, "Your duplicate charge has been refunded.");
    }

    private static bool IsHandoff(string name) => name.StartsWith("transfer_to_", StringComparison.Ordinal) || name.StartsWith("handoff_to", StringComparison.OrdinalIgnoreCase);

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
