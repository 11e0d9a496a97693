using System.Text.Json;

namespace AgentStudio.Core.Running.Tools;

/// <summary>Resolves the <c>${secret:NAME}</c> references of a configuration value (MCP environment and headers).</summary>
internal static class SecretReferences
{
    private static readonly JsonElement NoArguments = JsonDocument.Parse("{}").RootElement.Clone();

    /// <summary>The value with each reference replaced by its secret; a secret that is not configured is an error naming it.</summary>
    public static string Resolve(string value, ISecretResolver secrets) =>
        TextTemplate.Fill(value, NoArguments, null, name => secrets.Resolve(name) ?? throw NotConfigured(name));

    /// <summary>The error for a reference whose secret is not configured, saying where to set it.</summary>
    public static InvalidOperationException NotConfigured(string name) =>
        new($"Secret {name} is not configured: set it in the app's settings, user secrets or the environment variable {name}.");
}
