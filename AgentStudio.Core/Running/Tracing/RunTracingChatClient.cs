using System.Runtime.CompilerServices;
using AgentStudio.Core.Running.Models;
using AgentStudio.Core.Running.Tools;
using Microsoft.Extensions.AI;

namespace AgentStudio.Core.Running.Tracing;

/// <summary>
/// Records each model call as a generation span of a run's trace: the model, its settings and input when the call
/// starts; the time to the first streamed token; the token counts, output and answering model when it ends. A call
/// that fails ends its span failed (with <see cref="FailureMessage"/>), one cancelled by its token ends it cancelled.
/// Text from the model is masked with the run's <see cref="SecretMasker"/> before it enters the trace.
/// </summary>
/// <remarks>
/// One instance serves the calls of one agent's model in one run; thread-safe if the inner client is. A streamed call
/// whose reader stops early ends its span cancelled when its token was cancelled, failed otherwise.
/// </remarks>
public sealed class RunTracingChatClient : DelegatingChatClient
{
    private readonly RunTrace _trace;
    private readonly TraceSpan? _parent;
    private readonly string _model;
    private readonly TimeProvider _time;
    private readonly SecretMasker _masker;
    private readonly string? _designedModel;

    /// <summary>A client tracing <paramref name="innerClient"/>'s calls into <paramref name="trace"/>.</summary>
    /// <param name="innerClient">The model's client.</param>
    /// <param name="trace">The run's trace.</param>
    /// <param name="parent">The span of the calling agent; null for a top-level span.</param>
    /// <param name="model">The name of the model that answers (the span's name).</param>
    /// <param name="time">The clock of the time to the first token; defaults to the system clock.</param>
    /// <param name="masker">Masks known secrets in the text the span records; defaults to masking nothing.</param>
    /// <param name="designedModel">The model the design asked for, recorded when another answers; null when it is <paramref name="model"/>.</param>
    public RunTracingChatClient(IChatClient innerClient, RunTrace trace, TraceSpan? parent, string model, TimeProvider? time = null, SecretMasker? masker = null, string? designedModel = null)
        : base(innerClient)
    {
        ArgumentNullException.ThrowIfNull(trace);
        ArgumentNullException.ThrowIfNull(model);
        _trace = trace;
        _parent = parent;
        _model = model;
        _time = time ?? TimeProvider.System;
        _masker = masker ?? SecretMasker.None;
        _designedModel = designedModel;
    }

    /// <summary>The message a failed call of <paramref name="model"/> by <paramref name="agent"/> is reported with (not yet masked).</summary>
    public static string FailureMessage(string model, string? agent, Exception failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return $"Model {model} failed for {agent}: {failure.Message}";
    }

    /// <summary>Starts a generation span for a call that cannot be made at all (no client serves the model) and fails it.</summary>
    /// <param name="trace">The run's trace.</param>
    /// <param name="parent">The span of the calling agent.</param>
    /// <param name="model">The model name.</param>
    /// <param name="messages">The call's messages.</param>
    /// <param name="options">The call's options.</param>
    /// <param name="failure">Why the call could not be made; its message is the span's error.</param>
    public static void RecordUnavailable(RunTrace trace, TraceSpan? parent, string model, IEnumerable<ChatMessage> messages, ChatOptions? options, RunException failure)
    {
        ArgumentNullException.ThrowIfNull(trace);
        ArgumentNullException.ThrowIfNull(failure);
        GenerationSpanData.Start(trace, parent, model, messages, options).Fail(failure.Message);
    }

    /// <inheritdoc />
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var span = GenerationSpanData.Start(_trace, _parent, _model, messages, options, _designedModel);
        try
        {
            var response = await base.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
            GenerationSpanData.RecordResponse(span, response, _masker);
            span.End();
            return response;
        }
        catch (Exception e)
        {
            Fail(span, e, options, cancellationToken);
            throw;
        }
    }

    /// <inheritdoc />
    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var span = GenerationSpanData.Start(_trace, _parent, _model, messages, options, _designedModel);
        var started = _time.GetTimestamp();
        var updates = new List<ChatResponseUpdate>();
        var firstToken = true;
        var enumerator = base.GetStreamingResponseAsync(messages, options, cancellationToken).GetAsyncEnumerator(cancellationToken);
        try
        {
            while (true)
            {
                // No yield inside a try with a catch: the failure is caught around the step that can fail.
                try
                {
                    if (!await enumerator.MoveNextAsync().ConfigureAwait(false))
                    {
                        break;
                    }
                }
                catch (Exception e)
                {
                    Fail(span, e, options, cancellationToken);
                    throw;
                }

                var update = enumerator.Current;
                if (firstToken && update.Contents.Count > 0)
                {
                    firstToken = false;
                    span.SetData(SpanDataKeys.TimeToFirstTokenMs, Math.Round(_time.GetElapsedTime(started).TotalMilliseconds, 1));
                }

                updates.Add(update);
                yield return update;
            }

            GenerationSpanData.RecordResponse(span, updates.ToChatResponse(), _masker);
            span.End();
        }
        finally
        {
            await enumerator.DisposeAsync().ConfigureAwait(false);
            if (span.EndedAt is null)
            {
                // The reader stopped before the end: it was cancelled, or failed on its side.
                if (cancellationToken.IsCancellationRequested)
                {
                    span.Cancel();
                }
                else
                {
                    span.Fail(_masker.Apply($"Model {_model} stopped being read before its answer ended."));
                }
            }
        }
    }

    private void Fail(TraceSpan span, Exception failure, ChatOptions? options, CancellationToken cancellationToken)
    {
        switch (failure)
        {
            case OperationCanceledException when cancellationToken.IsCancellationRequested:
                span.Cancel();
                break;
            case RunException run:
                span.Fail(run.Message);
                break;
            default:
                span.Fail(_masker.Apply(FailureMessage(_model, AgentChatOptions.AgentNameOf(options), failure)), failure.GetType().Name);
                break;
        }
    }
}
