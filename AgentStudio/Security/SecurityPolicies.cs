namespace AgentStudio.Security;

/// <summary>
/// The authorization policies and roles the app checks. Use them with <c>[Authorize(Policy = ...)]</c> on a
/// page or <c>&lt;AuthorizeView Policy="..."&gt;</c> in a component: on loopback without sign-in the local user
/// holds every role, so the same checks work in both modes.
/// </summary>
public static class SecurityPolicies
{
    /// <summary>The policy for administrator-only actions (changing model providers and settings).</summary>
    public const string Administrator = "Administrator";

    /// <summary>
    /// The policy of API endpoints: a valid API key in <c>Authorization: Bearer</c>, whatever the sign-in mode.
    /// Apply it with <c>RequireApiKey()</c>, which adds the per-key rate limit.
    /// </summary>
    public const string ApiKey = "ApiKey";

    /// <summary>The role an administrator holds; <c>users add --admin</c> grants it.</summary>
    public const string AdministratorRole = "Administrator";
}
