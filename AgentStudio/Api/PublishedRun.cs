using AgentStudio.Core.Running;
using AgentStudio.Core.Running.Events;

namespace AgentStudio.Api;

/// <summary>
/// A run of a published design under way: read its events (the run events of the CLI's <c>--events jsonl</c>), cancel
/// it, await its result. <see cref="Completion"/> ends once the run is stored (as an API run, with its key's name) and
/// its conversation can go on; it never faults.
/// </summary>
/// <remarks>
/// Only one reader may read the events. Cancelling (or the token given when it started) stops the model stream and
/// pending tools; the run is then stored as cancelled. Disposing cancels a run that has not ended and waits until it
/// is stored.
/// </remarks>
public sealed class PublishedRun : IAsyncDisposable
{
    private readonly AgentRun _run;

    internal PublishedRun(AgentRun run, Guid runId, string conversationId, string slug, int revision, Func<AgentRun, Task<RunResult>> finish)
    {
        _run = run;
        RunId = runId;
        ConversationId = conversationId;
        Slug = slug;
        Revision = revision;
        Completion = finish(run);
    }

    /// <summary>The id the run is stored under (<c>GET /api/runs/{runId}</c>).</summary>
    public Guid RunId { get; }

    /// <summary>The conversation the run belongs to; give it to the next request to go on with it.</summary>
    public string ConversationId { get; }

    /// <summary>The design's slug.</summary>
    public string Slug { get; }

    /// <summary>The published revision that runs.</summary>
    public int Revision { get; }

    /// <summary>The run's result, once it has ended and is stored; never faults.</summary>
    public Task<RunResult> Completion { get; }

    /// <summary>The run's events, from the first to the terminal one.</summary>
    /// <param name="cancellationToken">Stops reading (the run goes on; use <see cref="Cancel"/> to stop it).</param>
    public IAsyncEnumerable<RunEvent> ReadEventsAsync(CancellationToken cancellationToken = default) => _run.ReadEventsAsync(cancellationToken);

    /// <summary>Asks the run to stop; it ends, and is stored, as cancelled unless it had already ended.</summary>
    public void Cancel() => _run.Cancel();

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _run.Cancel();
        await Completion.ConfigureAwait(false);
    }
}
