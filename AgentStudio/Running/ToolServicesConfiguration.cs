using AgentStudio.Core.Running.Tools;

namespace AgentStudio.Running;

/// <summary>
/// The tools' services from configuration: secrets (<see cref="ConfigurationSecretResolver"/>), the masking of every key
/// configuration holds, and the limits of outbound HTTP under <c>AgentStudio:Tools</c> (<c>AllowPrivateNetworks</c>,
/// <c>MaxResponseBytes</c>, <c>Timeout</c>). No MCP command is trusted here; the web app and the CLI add their own trust.
/// </summary>
internal static class ToolServicesConfiguration
{
    public const string Section = "AgentStudio:Tools";

    public static ToolServices Create(IConfiguration configuration)
    {
        var defaults = new OutboundHttpOptions();
        var section = configuration.GetSection(Section);
        // Read once: the masker runs on every streamed chunk, and configuration does not change during a run.
        IReadOnlyList<string?> configured = [.. KnownSecrets.FromConfiguration(configuration)];
        return new ToolServices
        {
            Secrets = new ConfigurationSecretResolver(configuration),
            Masker = new SecretMasker(() => configured),
            OutboundHttp = new OutboundHttpOptions
            {
                AllowPrivateNetworks = section.GetValue(nameof(OutboundHttpOptions.AllowPrivateNetworks), defaults.AllowPrivateNetworks),
                MaxResponseBytes = section.GetValue(nameof(OutboundHttpOptions.MaxResponseBytes), defaults.MaxResponseBytes),
                Timeout = section.GetValue(nameof(OutboundHttpOptions.Timeout), defaults.Timeout),
            },
        };
    }
}
