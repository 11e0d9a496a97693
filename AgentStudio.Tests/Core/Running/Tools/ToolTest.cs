using System.Text.Json;
using AgentStudio.Core.Running.Tools;
using AgentStudio.Core.Running.Tracing;

namespace AgentStudio.Tests.Core.Running.Tools;

/// <summary>What the tool tests share: a call context and arguments written as JSON.</summary>
internal static class ToolTest
{
    public static ToolInvocationContext Context(ToolServices? services = null) =>
        new(services ?? new ToolServices(), new RunTrace().Start(SpanKind.Function, "t", null), "tester");

    public static JsonElement Args(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    /// <summary>Services that may reach the local test server.</summary>
    public static ToolServices LocalServices(ISecretResolver? secrets = null, int maxResponseBytes = 256 * 1024, int timeoutMs = 5000) => new()
    {
        Secrets = secrets ?? new FakeSecrets(),
        OutboundHttp = new OutboundHttpOptions
        {
            AllowPrivateNetworks = true,
            MaxResponseBytes = maxResponseBytes,
            Timeout = TimeSpan.FromMilliseconds(timeoutMs),
        },
    };

    public static Task<string> InvokeAsync(IAgentTool tool, string argumentsJson, ToolServices? services = null) =>
        tool.InvokeAsync(Args(argumentsJson), Context(services), TestContext.Current.CancellationToken);
}
