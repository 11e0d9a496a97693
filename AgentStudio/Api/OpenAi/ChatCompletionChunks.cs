using System.Text.Json;
using AgentStudio.Core.Running.Events;
using AgentStudio.Security.ApiKeys;

namespace AgentStudio.Api.OpenAi;

/// <summary>
/// Turns a run's events into the data of a streamed chat completion, as OpenAI streams one: a chunk with the role, a
/// chunk per text delta, a chunk with <c>finish_reason: stop</c>, a usage chunk with empty <c>choices</c> when
/// <c>stream_options.include_usage</c> asked for it, and <c>[DONE]</c>. Every chunk has the same id, time and model.
/// </summary>
/// <remarks>
/// The text is what the agents in control stream (agents used as tools stream nothing), as it comes: the answer of the
/// last agent, and any text an agent says before it hands off or calls a tool, each message separated from the next by
/// a blank line. A run that fails after the stream began ends with an <c>error</c> object, as OpenAI's streams carry
/// one, and no <c>[DONE]</c>; a cancelled run (the client hung up) ends with nothing. Not thread-safe.
/// </remarks>
internal sealed class ChatCompletionChunks(string id, long created, string model, bool includeUsage)
{
    /// <summary>The data of the event that ends a stream well.</summary>
    public const string Done = "[DONE]";

    private const string MessageSeparator = "\n\n";

    private bool _started;
    private bool _anyText;
    private bool _messageEnded;

    /// <summary>The data of the events <paramref name="runEvent"/> adds to the stream, in order (none for most events).</summary>
    public IEnumerable<string> Translate(RunEvent runEvent)
    {
        ArgumentNullException.ThrowIfNull(runEvent);
        if (runEvent is RunCancelledEvent)
        {
            yield break;
        }

        if (runEvent is RunFailedEvent failed)
        {
            yield return JsonSerializer.Serialize(new ApiErrorBody(OpenAiErrors.From(failed).Error), OpenAiJsonContext.Default.ApiErrorBody);
            yield break;
        }

        if (!_started)
        {
            _started = true;
            yield return Chunk(new ChatCompletionDelta("assistant", ""), null);
        }

        switch (runEvent)
        {
            case TextDeltaEvent { Delta.Length: > 0 } delta:
                var text = _messageEnded && _anyText ? MessageSeparator + delta.Delta : delta.Delta;
                _anyText = true;
                _messageEnded = false;
                yield return Chunk(new ChatCompletionDelta(null, text), null);
                break;
            case MessageOutputCreatedEvent:
                _messageEnded = true;
                break;
            case RunCompletedEvent completed:
                // A final output no delta carried (a model that answered without streaming) still reaches the client.
                if (!_anyText && completed.FinalOutput.Length > 0)
                {
                    yield return Chunk(new ChatCompletionDelta(null, completed.FinalOutput), null);
                }

                yield return Chunk(new ChatCompletionDelta(null, null), "stop");
                if (includeUsage)
                {
                    yield return JsonSerializer.Serialize(new ChatCompletionChunk(id, created, model, [], ChatCompletionUsage.From(completed.Usage)), OpenAiJsonContext.Default.ChatCompletionChunk);
                }

                yield return Done;
                break;
        }
    }

    private string Chunk(ChatCompletionDelta delta, string? finishReason) =>
        JsonSerializer.Serialize(new ChatCompletionChunk(id, created, model, [new ChatCompletionChunkChoice(0, delta, finishReason)], null), OpenAiJsonContext.Default.ChatCompletionChunk);
}
