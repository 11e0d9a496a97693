namespace AgentStudio.Core.Running.Events;

/// <summary>
/// A model call failed for a reason worth retrying (a rate limit, a server error, no answer) and is tried again after
/// <see cref="DelayMs"/>; shown while the run waits, so that a long wait never looks like a hang.
/// </summary>
public sealed record ModelRetryEvent : RunEvent
{
    /// <inheritdoc />
    protected override string EventType => RunEventTypes.ModelRetry;

    /// <summary>Which retry this is, from 1.</summary>
    public required int Attempt { get; init; }

    /// <summary>How many retries the call may make.</summary>
    public required int MaxRetries { get; init; }

    /// <summary>How long the run waits before the retry, in milliseconds.</summary>
    public required double DelayMs { get; init; }

    /// <summary>Why, in plain words: <c>the server asked to wait (429 Too Many Requests)</c>.</summary>
    public required string Reason { get; init; }

    /// <summary>The line to show: <c>retrying in 60 s (1 of 3): the server asked to wait (429 Too Many Requests)</c>.</summary>
    public string Message => $"retrying in {Models.Reliability.Durations.Describe(TimeSpan.FromMilliseconds(DelayMs))} ({Attempt} of {MaxRetries}): {Reason}";
}
