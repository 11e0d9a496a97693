namespace AgentStudio.Core.Running.Tools;

/// <summary>Looks up the value of a secret a design refers to as <c>${secret:NAME}</c>.</summary>
public interface ISecretResolver
{
    /// <summary>The secret's value, or null when no secret of that name is configured.</summary>
    string? Resolve(string name);
}

/// <summary>Resolves secrets from environment variables of the same name.</summary>
public sealed class EnvironmentSecretResolver : ISecretResolver
{
    /// <summary>The shared instance.</summary>
    public static EnvironmentSecretResolver Instance { get; } = new();

    /// <inheritdoc />
    public string? Resolve(string name) => Environment.GetEnvironmentVariable(name);
}
