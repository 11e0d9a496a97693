using System.Globalization;

namespace AgentStudio.Core.Running.Models.Reliability;

/// <summary>Durations as people read them in messages: <c>1.5 s</c>, <c>60 s</c>, <c>250 ms</c>.</summary>
internal static class Durations
{
    public static string Describe(TimeSpan duration) => duration < TimeSpan.FromSeconds(1)
        ? string.Create(CultureInfo.InvariantCulture, $"{duration.TotalMilliseconds:0} ms")
        : string.Create(CultureInfo.InvariantCulture, $"{Math.Round(duration.TotalSeconds, 1):0.#} s");
}
