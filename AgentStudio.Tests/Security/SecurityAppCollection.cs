namespace AgentStudio.Tests.Security;

/// <summary>
/// The security tests that start their own app run one after another, so no more than one of their apps
/// starts at a time beside the shared browser app on a two-core machine.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SecurityAppCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "security-apps";
}
