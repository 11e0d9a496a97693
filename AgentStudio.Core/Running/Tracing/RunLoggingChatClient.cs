using System.Runtime.CompilerServices;
using AgentStudio.Core.Running.Models;
using AgentStudio.Core.Running.Tools;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace AgentStudio.Core.Running.Tracing;

/// <summary>
/// Logs each model call of a run: at debug level when it ends (model, agent, duration, tokens), as a warning when it
/// fails. Only masked messages are logged, never the exception itself nor the messages: a server may echo a key back
/// in an error, and prompts are the users' data. Microsoft.Extensions.AI's <c>LoggingChatClient</c> logs both, which
/// is why the run uses this one.
/// </summary>
/// <remarks>Thread-safe if the inner client is.</remarks>
public sealed class RunLoggingChatClient : DelegatingChatClient
{
    private static readonly Action<ILogger, string, string?, double, long, long, Exception?> Answered = LoggerMessage.Define<string, string?, double, long, long>(
        LogLevel.Debug, new EventId(1, "ModelAnswered"), "Model {Model} answered {Agent} in {ElapsedMs} ms ({InputTokens} tokens in, {OutputTokens} out).");

    private static readonly Action<ILogger, string, string?, Exception?> Cancelled = LoggerMessage.Define<string, string?>(
        LogLevel.Debug, new EventId(2, "ModelCallCancelled"), "The call of model {Model} for {Agent} was cancelled.");

    private static readonly Action<ILogger, string, string?, string, string, Exception?> Failed = LoggerMessage.Define<string, string?, string, string>(
        LogLevel.Warning, new EventId(3, "ModelCallFailed"), "Model {Model} failed for {Agent} ({ErrorType}): {Error}");

    private readonly ILogger _logger;
    private readonly string _model;
    private readonly TimeProvider _time;
    private readonly SecretMasker _masker;

    /// <summary>A client logging <paramref name="innerClient"/>'s calls to <paramref name="logger"/>.</summary>
    /// <param name="innerClient">The model's client.</param>
    /// <param name="logger">Where the calls are logged.</param>
    /// <param name="model">The model name the design asked for.</param>
    /// <param name="time">The clock of durations; defaults to the system clock.</param>
    /// <param name="masker">Masks known secrets in logged messages; defaults to masking nothing.</param>
    public RunLoggingChatClient(IChatClient innerClient, ILogger logger, string model, TimeProvider? time = null, SecretMasker? masker = null)
        : base(innerClient)
    {
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentNullException.ThrowIfNull(model);
        _logger = logger;
        _model = model;
        _time = time ?? TimeProvider.System;
        _masker = masker ?? SecretMasker.None;
    }

    /// <inheritdoc />
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var started = _time.GetTimestamp();
        try
        {
            var response = await base.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
            LogAnswered(response.Usage, options, started);
            return response;
        }
        catch (Exception e)
        {
            LogFailed(e, options, cancellationToken);
            throw;
        }
    }

    /// <inheritdoc />
    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var started = _time.GetTimestamp();
        UsageDetails? usage = null;
        await using var enumerator = base.GetStreamingResponseAsync(messages, options, cancellationToken).GetAsyncEnumerator(cancellationToken);
        while (true)
        {
            try
            {
                if (!await enumerator.MoveNextAsync().ConfigureAwait(false))
                {
                    break;
                }
            }
            catch (Exception e)
            {
                LogFailed(e, options, cancellationToken);
                throw;
            }

            foreach (var content in enumerator.Current.Contents.OfType<UsageContent>())
            {
                usage = content.Details;
            }

            yield return enumerator.Current;
        }

        LogAnswered(usage, options, started);
    }

    private void LogAnswered(UsageDetails? usage, ChatOptions? options, long started) =>
        Answered(_logger, _model, AgentChatOptions.AgentNameOf(options), Math.Round(_time.GetElapsedTime(started).TotalMilliseconds), usage?.InputTokenCount ?? 0, usage?.OutputTokenCount ?? 0, null);

    private void LogFailed(Exception failure, ChatOptions? options, CancellationToken cancellationToken)
    {
        if (failure is OperationCanceledException && cancellationToken.IsCancellationRequested)
        {
            Cancelled(_logger, _model, AgentChatOptions.AgentNameOf(options), null);
            return;
        }

        Failed(_logger, _model, AgentChatOptions.AgentNameOf(options), failure.GetType().Name, _masker.Apply(failure.Message), null);
    }
}
