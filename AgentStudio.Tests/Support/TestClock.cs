using Microsoft.Extensions.Time.Testing;

namespace AgentStudio.Tests.Support;

/// <summary>The moment every test clock starts at, so that expected times can be written out in full.</summary>
internal static class TestClock
{
    /// <summary>2026-11-24 09:00 UTC.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// A clock at <see cref="Start"/> that moves only when the test advances it; its timers (and so
    /// <c>Task.Delay(…, time)</c>) fire as it moves.
    /// </summary>
    public static FakeTimeProvider New() => new(Start);
}
