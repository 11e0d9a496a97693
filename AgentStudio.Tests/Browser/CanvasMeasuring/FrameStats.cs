namespace AgentStudio.Tests.Browser.CanvasMeasuring;

/// <summary>The frames a gesture drew: how many, the median and 95th-percentile interval, and how many took over 20 ms.</summary>
internal sealed record FrameStats(int Frames, double MedianMs, double P95Ms, int Over20Ms)
{
    /// <summary>Summarises the intervals between successive frames; an empty list is a gesture that drew nothing.</summary>
    public static FrameStats Of(IReadOnlyList<double> intervals)
    {
        if (intervals.Count == 0)
        {
            return new FrameStats(0, double.NaN, double.NaN, 0);
        }

        var sorted = intervals.Order().ToArray();
        return new FrameStats(sorted.Length, Percentile(sorted, 0.5), Percentile(sorted, 0.95), sorted.Count(i => i > 20));
    }

    /// <summary>The value at rank <paramref name="fraction"/> of sorted values (nearest rank).</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double fraction) =>
        sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Count) - 1, 0, sorted.Count - 1)];
}
