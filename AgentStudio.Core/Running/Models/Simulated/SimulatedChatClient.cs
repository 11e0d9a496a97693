using System.Runtime.CompilerServices;
using AgentStudio.Core.Validation;
using Microsoft.Extensions.AI;

namespace AgentStudio.Core.Running.Models.Simulated;

/// <summary>
/// The <c>simulated</c> model: offline, deterministic, free. It hands off where the user's words fit a handoff's
/// description, calls the tools that fit with arguments built from their schemas, and otherwise answers —
/// summarising tool outputs, in text or in JSON of the output schema — streaming in small chunks. Its answers say
/// that they are simulated.
/// </summary>
/// <remarks>Thread-safe and stateless apart from call ids.</remarks>
public sealed class SimulatedChatClient : IChatClient
{
    private readonly SimulatedModelOptions _options;
    private long _calls;

    /// <summary>A simulated model streaming as <paramref name="options"/> say.</summary>
    public SimulatedChatClient(SimulatedModelOptions? options = null)
    {
        _options = options ?? new SimulatedModelOptions();
    }

    /// <inheritdoc />
    /// <remarks>The streamed answer gathered: the same content, and it takes as long, as a real model's would.</remarks>
    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        GetStreamingResponseAsync(messages, options, cancellationToken).ToChatResponseAsync(cancellationToken);

    /// <inheritdoc />
    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var history = messages.ToList();
        var (text, calls) = SimulatedDecision.Decide(history, options);
        var responseId = $"sim_{Interlocked.Increment(ref _calls)}";
        foreach (var chunk in Chunks(text ?? ""))
        {
            if (_options.ChunkDelay > TimeSpan.Zero)
            {
                await Task.Delay(_options.ChunkDelay, cancellationToken).ConfigureAwait(false);
            }

            cancellationToken.ThrowIfCancellationRequested();
            yield return new ChatResponseUpdate(ChatRole.Assistant, chunk) { ResponseId = responseId, MessageId = responseId };
        }

        var final = new List<AIContent>(Calls(calls)) { new UsageContent(Usage(history, text, calls.Count)) };
        yield return new ChatResponseUpdate(ChatRole.Assistant, final)
        {
            ResponseId = responseId,
            MessageId = responseId,
            ModelId = ModelNames.Simulated,
            FinishReason = calls.Count > 0 ? ChatFinishReason.ToolCalls : ChatFinishReason.Stop,
        };
    }

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null) => serviceKey is null && serviceType.IsInstanceOfType(this) ? this : null;

    /// <inheritdoc />
    public void Dispose()
    {
        // Nothing to release.
    }

    private IEnumerable<AIContent> Calls(IReadOnlyList<(string Name, System.Text.Json.Nodes.JsonObject Arguments)> calls) =>
        calls.Select(c => (AIContent)new FunctionCallContent(
            $"call_sim_{Interlocked.Increment(ref _calls)}",
            c.Name,
            c.Arguments.ToDictionary(p => p.Key, p => (object?)(p.Value is null ? null : System.Text.Json.JsonSerializer.SerializeToElement(p.Value, AIJsonUtilities.DefaultOptions.GetTypeInfo(typeof(System.Text.Json.Nodes.JsonNode)))))));

    private static UsageDetails Usage(IEnumerable<ChatMessage> messages, string? text, int calls)
    {
        var input = TokenEstimator.Estimate(string.Concat(messages.Select(m => m.Text)));
        var output = TokenEstimator.Estimate(text) + (calls * 12);
        return new UsageDetails { InputTokenCount = input, OutputTokenCount = output, TotalTokenCount = input + output };
    }

    // Two or three words a chunk: small enough to watch the answer grow, not so small that a long answer crawls.
    private static IEnumerable<string> Chunks(string text)
    {
        var words = Scripted.ScriptedChatClient.Chunks(text).ToList();
        for (var i = 0; i < words.Count; i += 3)
        {
            yield return string.Concat(words.Skip(i).Take(3));
        }
    }
}
