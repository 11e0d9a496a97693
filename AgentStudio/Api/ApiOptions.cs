namespace AgentStudio.Api;

/// <summary>Limits of the HTTP API, bound from <c>AgentStudio:Api</c>.</summary>
public sealed class ApiOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "AgentStudio:Api";

    /// <summary>The largest request body an API endpoint reads, in bytes; default 1 MiB. Larger bodies get 413.</summary>
    public long MaxRequestBodySize { get; set; } = 1024 * 1024;
}
