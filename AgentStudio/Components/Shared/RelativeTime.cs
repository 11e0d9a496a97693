namespace AgentStudio.Components.Shared;

/// <summary>"just now", "5 minutes ago", "3 days ago": how people read recent times; older ones are shown as a date.</summary>
internal static class RelativeTime
{
    /// <summary>Describes <paramref name="when"/> relative to <paramref name="now"/>; null past 30 days (show the date, in the reader's time zone).</summary>
    public static string? Describe(DateTimeOffset when, DateTimeOffset now)
    {
        var age = now - when;
        return age.TotalSeconds switch
        {
            < 60 => "just now",
            < 3600 => Plural((int)age.TotalMinutes, "minute"),
            < 86400 => Plural((int)age.TotalHours, "hour"),
            < 86400 * 30 => Plural((int)age.TotalDays, "day"),
            _ => null,
        };
    }

    private static string Plural(int count, string unit) => count == 1 ? $"1 {unit} ago" : $"{count} {unit}s ago";
}
