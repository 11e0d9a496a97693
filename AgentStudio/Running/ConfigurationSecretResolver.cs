using AgentStudio.Core.Running.Tools;

namespace AgentStudio.Running;

/// <summary>
/// Resolves <c>${secret:NAME}</c> from the app's configuration section <c>AgentStudio:Secrets:NAME</c> (appsettings,
/// user secrets, or the environment variables <c>AgentStudio__Secrets__NAME__Value</c> and <c>…__Hosts</c>). Never from
/// other environment variables: a design must not be able to read the server's environment.
/// </summary>
/// <remarks>
/// A secret is an object <c>{ "Value": "…", "Hosts": [ "api.example.com" ] }</c> (Hosts may also be one string of names
/// separated by commas). A bare string is a secret bound to no host, which can be sent nowhere until hosts are added.
/// </remarks>
internal sealed class ConfigurationSecretResolver(IConfiguration configuration) : ISecretResolver
{
    /// <summary>The configuration section of secrets.</summary>
    public const string Section = "AgentStudio:Secrets";

    public SecretValue? Resolve(string name)
    {
        var section = configuration.GetSection($"{Section}:{name}");
        if (section.Value is { Length: > 0 } bare)
        {
            return new SecretValue(bare, []);
        }

        if (section["Value"] is not { Length: > 0 } value)
        {
            return null;
        }

        var hosts = section.GetSection("Hosts");
        return new SecretValue(value, hosts.Value is { } list ? SecretValue.ParseHosts(list) : [.. hosts.GetChildren().Select(h => h.Value).OfType<string>()]);
    }

    /// <summary>Every secret value in configuration, for masking.</summary>
    public IEnumerable<string> Values() =>
        configuration.GetSection(Section).GetChildren().Select(child => child.Value ?? child["Value"]).OfType<string>();
}
