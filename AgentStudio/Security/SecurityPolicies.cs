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

    /// <summary>The role an administrator holds; <c>users add --admin</c> grants it.</summary>
    public const string AdministratorRole = "Administrator";
}
