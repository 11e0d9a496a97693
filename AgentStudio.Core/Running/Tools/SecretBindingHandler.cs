namespace AgentStudio.Core.Running.Tools;

/// <summary>
/// Refuses every request that would carry one of a tool's secrets to a host the secret is not bound to, for clients
/// whose requests are built by code that knows nothing of bindings (the MCP SDK's, which posts to whatever message
/// endpoint a server hands out, with the configured headers).
/// </summary>
internal sealed class SecretBindingHandler(SecretRedactor secrets, string toolName) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        await secrets.EnsureBoundAsync(request, toolName, cancellationToken).ConfigureAwait(false);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
