namespace AgentStudio.Security;

/// <summary>Who may reach the app; bound from the <c>AgentStudio:Security</c> configuration section.</summary>
public sealed class SecurityOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "AgentStudio:Security";

    /// <summary>
    /// Requires sign-in even when the app listens only on loopback (a reverse proxy on the same machine, a
    /// shared computer). Listening on any other address always requires it, whatever this says.
    /// </summary>
    public bool RequireSignIn { get; set; }

    /// <summary>
    /// Origins (<c>https://studio.example.com</c>) allowed besides the app's own, for a reverse proxy whose
    /// public scheme or port differs from the one the app sees. Empty by default.
    /// </summary>
    public IList<string> AllowedOrigins { get; } = [];
}
