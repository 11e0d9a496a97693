using AgentStudio.Core.Running.Tools;

namespace AgentStudio.Running;

/// <summary>
/// Resolves <c>${secret:NAME}</c> from the app's configuration: <c>AgentStudio:Secrets:NAME</c> (appsettings, user
/// secrets, or the environment variable <c>AgentStudio__Secrets__NAME</c>), else the environment variable <c>NAME</c>.
/// </summary>
internal sealed class ConfigurationSecretResolver(IConfiguration configuration) : ISecretResolver
{
    public string? Resolve(string name) =>
        configuration[$"AgentStudio:Secrets:{name}"] is { Length: > 0 } configured ? configured : Environment.GetEnvironmentVariable(name);
}
