using System.Text.Json;

namespace AgentStudio.Core.Running.Tools;

/// <summary>Resolves the <c>${secret:NAME}</c> references of a configuration value (MCP environment and headers).</summary>
internal static class SecretReferences
{
    private static readonly JsonElement NoArguments = JsonDocument.Parse("{}").RootElement.Clone();

    /// <summary>
    /// The value with each reference replaced by its secret, for a process AgentStudio starts (an MCP server's
    /// environment). Only trusted command lines get here, and their trust covers the references they name.
    /// </summary>
    /// <exception cref="InvalidOperationException">A referenced secret is not configured.</exception>
    public static string Resolve(string value, ISecretResolver secrets) =>
        TextTemplate.Fill(value, NoArguments, null, name => (secrets.Resolve(name) ?? throw NotConfigured(name)).Value);

    /// <summary>The value with each reference replaced by its secret, for a request to <paramref name="host"/>.</summary>
    /// <exception cref="InvalidOperationException">A referenced secret is not configured.</exception>
    /// <exception cref="SecretNotBoundException">A referenced secret is not bound to <paramref name="host"/>.</exception>
    /// <remarks>Each secret is added to <paramref name="resolved"/>, so later requests can be checked against its binding.</remarks>
    public static string ResolveFor(string value, ISecretResolver secrets, string host, string toolName, SecretRedactor resolved) =>
        TextTemplate.Fill(value, NoArguments, null, name =>
        {
            var secret = secrets.Resolve(name) ?? throw NotConfigured(name);
            resolved.Add(name, secret);
            return secret.MaySendTo(host) ? secret.Value : throw new SecretNotBoundException(name, host, secret, toolName);
        });

    /// <summary>The error for a reference whose secret is not configured, saying where to set it.</summary>
    public static InvalidOperationException NotConfigured(string name) =>
        new($"Secret {name} is not configured: add it in Settings → Secrets (or AgentStudio:Secrets:{name} in the app's configuration), with the hosts it may be sent to.");
}
