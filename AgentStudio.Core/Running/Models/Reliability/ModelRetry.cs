namespace AgentStudio.Core.Running.Models.Reliability;

/// <summary>A model call is about to be retried.</summary>
/// <param name="Attempt">Which retry this is, from 1.</param>
/// <param name="MaxRetries">How many retries the call may make.</param>
/// <param name="Delay">How long the call waits before the retry.</param>
/// <param name="Reason">Why, in plain words: <c>the server asked to wait (429 Too Many Requests)</c>.</param>
public sealed record ModelRetry(int Attempt, int MaxRetries, TimeSpan Delay, string Reason);
