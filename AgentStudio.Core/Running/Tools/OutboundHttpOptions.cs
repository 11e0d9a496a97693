namespace AgentStudio.Core.Running.Tools;

/// <summary>Limits of the HTTP requests tools make on a model's behalf.</summary>
public sealed record OutboundHttpOptions
{
    /// <summary>
    /// Whether tools may reach loopback, private, link-local and other non-public addresses. Off by default,
    /// so a model cannot be talked into probing the machine or network AgentStudio runs in.
    /// </summary>
    public bool AllowPrivateNetworks { get; init; }

    /// <summary>The largest response body a tool reads, in bytes (default 256 KiB); larger bodies are cut off there.</summary>
    public int MaxResponseBytes { get; init; } = 256 * 1024;

    /// <summary>How long one request may take (default 15 seconds).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(15);
}
