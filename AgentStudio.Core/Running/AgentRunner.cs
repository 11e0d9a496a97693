using System.Threading.Channels;
using AgentStudio.Core.Running.Compilation;
using AgentStudio.Core.Running.Events;
using AgentStudio.Core.Running.Loop;
using AgentStudio.Core.Running.Models;
using AgentStudio.Core.Running.Tools;
using AgentStudio.Core.Running.Tracing;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace AgentStudio.Core.Running;

/// <summary>
/// Runs compiled designs with the OpenAI Agents SDK's semantics: the turn loop, concurrent tool calls,
/// handoffs, agents as tools, structured outputs, max turns, streaming events and a trace of every run.
/// </summary>
/// <remarks>Thread-safe: one runner serves any number of concurrent runs.</remarks>
public sealed class AgentRunner
{
    private readonly IModelProvider _models;
    private readonly ToolServices _tools;
    private readonly TimeProvider _time;
    private readonly ILogger? _modelLogger;

    /// <summary>A runner whose agents get their chat clients from <paramref name="models"/>.</summary>
    /// <param name="models">Serves each model name.</param>
    /// <param name="tools">Clock, HTTP and secrets for tools; defaults to the system's.</param>
    /// <param name="time">The clock of traces and durations; defaults to the system clock.</param>
    /// <param name="loggerFactory">Logs each model call (masked, without prompts); null to log nothing.</param>
    public AgentRunner(IModelProvider models, ToolServices? tools = null, TimeProvider? time = null, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(models);
        _models = models;
        _time = time ?? tools?.Time ?? TimeProvider.System;
        _tools = tools ?? new ToolServices { Time = _time };
        _modelLogger = loggerFactory?.CreateLogger<RunLoggingChatClient>();
    }

    /// <summary>Starts a streaming run of <paramref name="design"/> on <paramref name="input"/>; read its events from the handle.</summary>
    /// <param name="design">The compiled design.</param>
    /// <param name="input">The user's message.</param>
    /// <param name="options">Turn limit and conversation to continue; defaults apply when null.</param>
    /// <param name="cancellationToken">Cancels the run (as <see cref="AgentRun.Cancel"/> does).</param>
    public AgentRun Start(CompiledDesign design, string input, RunOptions? options = null, CancellationToken cancellationToken = default) =>
        Launch(design, input, options ?? new RunOptions(), streaming: true, cancellationToken);

    /// <summary>Runs <paramref name="design"/> on <paramref name="input"/> without streaming and returns the result.</summary>
    /// <param name="design">The compiled design.</param>
    /// <param name="input">The user's message.</param>
    /// <param name="options">Turn limit and conversation to continue; defaults apply when null.</param>
    /// <param name="cancellationToken">Cancels the run; the result then has <see cref="RunStatus.Cancelled"/>.</param>
    public async Task<RunResult> RunAsync(CompiledDesign design, string input, RunOptions? options = null, CancellationToken cancellationToken = default)
    {
        await using var run = Launch(design, input, options ?? new RunOptions(), streaming: false, cancellationToken);
        return await run.Completion.ConfigureAwait(false);
    }

    private AgentRun Launch(CompiledDesign design, string input, RunOptions options, bool streaming, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxTurns, 1, nameof(options));
        if (options.Timeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Timeout, "A run's timeout must be positive.");
        }

        var events = Channel.CreateUnbounded<RunEvent>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        var cancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var trace = new RunTrace(_time);
        if (options.SpanChanged is { } observer)
        {
            trace.SpanChanged += observer;
        }

        var context = new RunContext(_models, _tools, trace, _time, streaming, events.Writer, _modelLogger);
        var start = options.Continue is { } previous ? design.FindById(previous.LastAgentId) ?? design.FindByName(previous.LastAgent) ?? design.Entry : design.Entry;
        IEnumerable<ChatMessage> history = [.. options.Continue?.History ?? [], new ChatMessage(ChatRole.User, input)];
        var loop = new RunLoop(context, start, history, options.MaxTurns, parentSpan: null);
        return new AgentRun(events, cancellation, trace, _ => Task.Run(() => ExecuteAsync(loop, context, input, cancellation, options.Timeout), CancellationToken.None));
    }

    private async Task<RunResult> ExecuteAsync(RunLoop loop, RunContext context, string input, CancellationTokenSource cancellation, TimeSpan? timeout)
    {
        // One clock for the run: the start it records and the duration it measures both come from the runner's TimeProvider.
        var startedAt = _time.GetUtcNow();
        var started = _time.GetTimestamp();
        // The deadline cancels the run like a user would, but the run then fails instead of ending as cancelled.
        using var deadline = timeout is { } limit ? new CancellationTokenSource(limit, _time) : null;
        var pastDeadline = deadline?.Token.Register(cancellation.Cancel) ?? default;
        RunResult Result(RunStatus status, string? output = null, System.Text.Json.JsonElement? json = null, RunErrorKind? kind = null, string? error = null) => new()
        {
            Status = status,
            Input = input,
            FinalOutput = output,
            StructuredOutput = json,
            LastAgent = loop.Current.Name,
            LastAgentId = loop.Current.Id,
            ErrorKind = kind,
            ErrorMessage = error,
            Usage = context.Usage,
            Turns = loop.Turns,
            StartedAt = startedAt,
            Duration = _time.GetElapsedTime(started),
            NewItems = [.. loop.NewItems],
            History = [.. loop.History],
            Trace = context.Trace,
        };

        RunResult result;
        RunEvent terminal;
        try
        {
            var (text, json) = await loop.RunAsync(cancellation.Token).ConfigureAwait(false);
            result = Result(RunStatus.Completed, text, json);
            terminal = new RunCompletedEvent { Agent = result.LastAgent, AgentId = result.LastAgentId, FinalOutput = text, StructuredOutput = json, Usage = result.Usage };
        }
        catch (OperationCanceledException) when (deadline?.IsCancellationRequested == true)
        {
            var message = $"The run went past its deadline of {Models.Reliability.Durations.Describe(timeout!.Value)}.";
            result = Result(RunStatus.Failed, kind: RunErrorKind.ModelError, error: message);
            terminal = new RunFailedEvent { Agent = result.LastAgent, AgentId = result.LastAgentId, ErrorKind = RunErrorKind.ModelError, Message = message, Usage = result.Usage };
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            result = Result(RunStatus.Cancelled);
            terminal = new RunCancelledEvent { Agent = result.LastAgent, AgentId = result.LastAgentId, Usage = result.Usage };
        }
        catch (RunException e)
        {
            var message = context.Mask(e.Message);
            result = Result(RunStatus.Failed, kind: e.Kind, error: message);
            terminal = new RunFailedEvent { Agent = result.LastAgent, AgentId = result.LastAgentId, ErrorKind = e.Kind, Message = message, Usage = result.Usage };
        }
#pragma warning disable CA1031 // A run reports every failure as its result; nothing may escape to crash the caller's circuit.
        catch (Exception e)
#pragma warning restore CA1031
        {
            var message = context.Mask($"Unexpected error in the run: {e.Message}");
            result = Result(RunStatus.Failed, kind: RunErrorKind.ModelError, error: message);
            terminal = new RunFailedEvent { Agent = result.LastAgent, AgentId = result.LastAgentId, ErrorKind = RunErrorKind.ModelError, Message = message, Usage = result.Usage };
        }
        finally
        {
            // Waits for a deadline callback under way, so that it never cancels a disposed source.
            pastDeadline.Dispose();
            cancellation.Dispose();
        }

        context.Trace.Complete(result.Status == RunStatus.Failed, result.ErrorMessage);
        context.Events!.TryWrite(terminal);
        context.Events.TryComplete();
        return result;
    }
}
