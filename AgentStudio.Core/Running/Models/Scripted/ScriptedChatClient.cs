using System.Runtime.CompilerServices;
using System.Text.Json;
using AgentStudio.Core.Validation;
using Microsoft.Extensions.AI;

namespace AgentStudio.Core.Running.Models.Scripted;

/// <summary>
/// The <c>scripted</c> model: replays the responses of a <see cref="ModelScript"/>, per agent, in order, for tests
/// and for reproducing a run. An agent that runs out of responses fails the run with an error naming it.
/// </summary>
/// <remarks>Thread-safe; each agent's responses are consumed once, in call order.</remarks>
public sealed class ScriptedChatClient : IChatClient
{
    private readonly ModelScript _script;
    private readonly Dictionary<string, int> _next = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>A client replaying <paramref name="script"/>.</summary>
    public ScriptedChatClient(ModelScript script)
    {
        ArgumentNullException.ThrowIfNull(script);
        _script = script;
    }

    /// <inheritdoc />
    public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var (agent, index, response) = Next(options);
        if (response.DelayMs > 0)
        {
            await Task.Delay(response.DelayMs, cancellationToken).ConfigureAwait(false);
        }

        cancellationToken.ThrowIfCancellationRequested();
        return new ChatResponse(Message(agent, index, response)) { Usage = Usage(messages, response), ModelId = ModelNames.Scripted };
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var (agent, index, response) = Next(options);
        var responseId = $"scripted_{agent}_{index}";
        foreach (var chunk in Chunks(response.Text ?? ""))
        {
            if (response.DelayMs > 0)
            {
                await Task.Delay(response.DelayMs, cancellationToken).ConfigureAwait(false);
            }

            cancellationToken.ThrowIfCancellationRequested();
            yield return new ChatResponseUpdate(ChatRole.Assistant, chunk) { ResponseId = responseId, MessageId = responseId };
        }

        if (response.DelayMs > 0 && string.IsNullOrEmpty(response.Text))
        {
            await Task.Delay(response.DelayMs, cancellationToken).ConfigureAwait(false);
        }

        var final = new List<AIContent>(Calls(agent, index, response)) { new UsageContent(Usage(messages, response)) };
        yield return new ChatResponseUpdate(ChatRole.Assistant, final) { ResponseId = responseId, MessageId = responseId, ModelId = ModelNames.Scripted, FinishReason = response.ToolCalls.Count > 0 ? ChatFinishReason.ToolCalls : ChatFinishReason.Stop };
    }

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null) => serviceKey is null && serviceType.IsInstanceOfType(this) ? this : null;

    /// <inheritdoc />
    public void Dispose()
    {
        // Nothing to release: the script lives in memory.
    }

    private (string Agent, int Index, ScriptedResponse Response) Next(ChatOptions? options)
    {
        var agent = Models.AgentChatOptions.AgentNameOf(options)
            ?? throw new RunException(RunErrorKind.UserError, "The scripted model answers agents of a run only: no agent name came with the call.");
        if (!_script.Agents.TryGetValue(agent, out var responses))
        {
            throw new RunException(RunErrorKind.UserError, $"The script has no responses for {agent}: add \"{agent}\" under \"agents\".");
        }

        int index;
        lock (_gate)
        {
            index = _next.GetValueOrDefault(agent);
            if (index >= responses.Count)
            {
                throw new RunException(RunErrorKind.UserError, $"The script has no more responses for {agent}: it gave all {responses.Count} and the run asked for another.");
            }

            _next[agent] = index + 1;
        }

        var response = responses[index];
        if (response.Error is { } error)
        {
            throw new InvalidOperationException(error);
        }

        return (agent, index, response);
    }

    private static ChatMessage Message(string agent, int index, ScriptedResponse response)
    {
        var contents = new List<AIContent>();
        if (response.Text is { } text)
        {
            contents.Add(new TextContent(text));
        }

        contents.AddRange(Calls(agent, index, response));
        return new ChatMessage(ChatRole.Assistant, contents);
    }

    private static IEnumerable<AIContent> Calls(string agent, int index, ScriptedResponse response) =>
        response.ToolCalls.Select((call, i) => (AIContent)ToContent($"call_{Designs.ToolNaming.Transform(agent)}_{index + 1}_{i + 1}", call));

    private static FunctionCallContent ToContent(string callId, ScriptedToolCall call)
    {
        var text = call.Arguments.ValueKind == JsonValueKind.String ? call.Arguments.GetString()! : call.Arguments.GetRawText();
        // Parsed the way real providers' arguments are, so invalid JSON reaches the run as a parse error on the call.
        var content = FunctionCallContent.CreateFromParsedArguments(text, callId, call.Name,
            json => JsonSerializer.Deserialize(json, AIJsonUtilities.DefaultOptions.GetTypeInfo(typeof(IDictionary<string, object?>))) as IDictionary<string, object?>);
        if (call.Arguments.ValueKind == JsonValueKind.String)
        {
            // Raw text is what a model wrote: it is replayed as written, as a real provider's is.
            Requests.CallArguments.Keep(content, text);
        }

        return content;
    }

    private static UsageDetails Usage(IEnumerable<ChatMessage> messages, ScriptedResponse response)
    {
        var input = TokenEstimator.Estimate(string.Concat(messages.Select(m => m.Text)));
        var output = TokenEstimator.Estimate(response.Text ?? "") + response.ToolCalls.Sum(c => TokenEstimator.Estimate(c.Name + c.Arguments.GetRawText()));
        return new UsageDetails { InputTokenCount = input, OutputTokenCount = output, TotalTokenCount = input + output };
    }

    /// <summary>Splits text into word-sized chunks (each with its trailing space) so that streaming shows.</summary>
    internal static IEnumerable<string> Chunks(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == ' ' || i == text.Length - 1)
            {
                yield return text[start..(i + 1)];
                start = i + 1;
            }
        }
    }
}
