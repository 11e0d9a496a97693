using System.Threading.Channels;
using AgentStudio.Core.Running.Events;
using AgentStudio.Core.Running.Tracing;

namespace AgentStudio.Core.Running;

/// <summary>
/// A run under way: read its events as they happen, watch its trace, cancel it, await its result.
/// </summary>
/// <remarks>
/// The run goes on whether or not anyone reads <see cref="ReadEventsAsync"/>; events wait in memory until read.
/// Only one reader may read the events. Cancelling stops the model stream and pending tools promptly; the run
/// then ends with <see cref="RunStatus.Cancelled"/> and a <see cref="RunCancelledEvent"/>. Disposing cancels a run
/// that has not ended and waits for it to stop.
/// </remarks>
public sealed class AgentRun : IAsyncDisposable
{
    private readonly Channel<RunEvent> _events;
    private readonly CancellationTokenSource _cancellation;

    internal AgentRun(Channel<RunEvent> events, CancellationTokenSource cancellation, RunTrace trace, Func<AgentRun, Task<RunResult>> body)
    {
        _events = events;
        _cancellation = cancellation;
        Trace = trace;
        Completion = body(this);
    }

    /// <summary>The run's trace, growing while it runs.</summary>
    public RunTrace Trace { get; }

    /// <summary>The result, once the run has ended; never faults (failures are results too).</summary>
    public Task<RunResult> Completion { get; }

    /// <summary>The run's events, from the first to the terminal one.</summary>
    /// <param name="cancellationToken">Stops reading (the run goes on; use <see cref="Cancel"/> to stop it).</param>
    public IAsyncEnumerable<RunEvent> ReadEventsAsync(CancellationToken cancellationToken = default) => _events.Reader.ReadAllAsync(cancellationToken);

    /// <summary>Asks the run to stop; it ends as cancelled unless it had already ended.</summary>
    public void Cancel()
    {
        if (Completion.IsCompleted)
        {
            return;
        }

        try
        {
            _cancellation.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The run has ended and released its token: nothing left to cancel.
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Cancel();
        await Completion.ConfigureAwait(false);
    }
}
