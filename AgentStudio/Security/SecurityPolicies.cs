namespace AgentStudio.Security;

/// <summary>The authorization policies of the app.</summary>
public static class SecurityPolicies
{
    /// <summary>Administrators: they change providers, secrets and trusted MCP commands.</summary>
    public const string Administrator = "Administrator";
}
