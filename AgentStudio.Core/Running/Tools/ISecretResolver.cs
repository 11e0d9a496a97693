namespace AgentStudio.Core.Running.Tools;

/// <summary>Looks up the value of a secret a design refers to as <c>${secret:NAME}</c>, with the hosts it is bound to.</summary>
/// <remarks>
/// Designs are untrusted input: a resolver must answer only from the app's own secret store, never from
/// arbitrary environment variables, or a shared design could read any variable of the server.
/// </remarks>
public interface ISecretResolver
{
    /// <summary>The secret and the hosts it may be sent to, or null when no secret of that name is configured.</summary>
    SecretValue? Resolve(string name);
}

/// <summary>A resolver that knows no secret: the default, so nothing is ever sent that nobody configured.</summary>
public sealed class NoSecrets : ISecretResolver
{
    /// <summary>The shared instance.</summary>
    public static NoSecrets Instance { get; } = new();

    /// <inheritdoc />
    public SecretValue? Resolve(string name) => null;
}
