namespace AgentStudio.Core.Running.Models.Reliability;

/// <summary>The deadlines and retries of one model call.</summary>
/// <param name="CallTimeout">
/// How long the call may take in all, retries and their waits included (default <see cref="DefaultCallTimeout"/>).
/// </param>
/// <param name="StreamIdleTimeout">
/// How long a streamed answer may go without new content before the call fails (default
/// <see cref="DefaultStreamIdleTimeout"/>); it also bounds the wait for the first content, so it must allow for
/// a slow model's time to first token.
/// </param>
/// <param name="MaxRetries">How many times a failed request worth retrying is tried again (default <see cref="DefaultMaxRetries"/>).</param>
public sealed record ModelCallLimits(TimeSpan CallTimeout, TimeSpan StreamIdleTimeout, int MaxRetries)
{
    /// <summary>Two minutes: long enough for a long answer, short enough that a hung server is noticed.</summary>
    public static readonly TimeSpan DefaultCallTimeout = TimeSpan.FromSeconds(120);

    /// <summary>One minute without content: reasoning models may think that long before their first token.</summary>
    public static readonly TimeSpan DefaultStreamIdleTimeout = TimeSpan.FromSeconds(60);

    /// <summary>Three retries, as the OpenAI SDK makes by default.</summary>
    public const int DefaultMaxRetries = 3;

    /// <summary>The defaults.</summary>
    public static ModelCallLimits Default { get; } = new(DefaultCallTimeout, DefaultStreamIdleTimeout, DefaultMaxRetries);
}
