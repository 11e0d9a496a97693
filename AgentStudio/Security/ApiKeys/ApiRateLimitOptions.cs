namespace AgentStudio.Security.ApiKeys;

/// <summary>
/// How many API requests one key may make per window; bound from <c>AgentStudio:Api:RateLimit</c>. Requests past
/// the limit get 429 with <c>Retry-After</c>. Read when a key first calls after the app starts.
/// </summary>
public sealed class ApiRateLimitOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "AgentStudio:Api:RateLimit";

    /// <summary>Requests a key may make per <see cref="Window"/>; default 60. Zero or less turns the limit off.</summary>
    public int PermitLimit { get; set; } = 60;

    /// <summary>The window the limit counts in (a fixed window); default one minute.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
