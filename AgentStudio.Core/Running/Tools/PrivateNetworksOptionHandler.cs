namespace AgentStudio.Core.Running.Tools;

/// <summary>
/// Marks every request it forwards with <see cref="GuardedConnection.AllowPrivateNetworks"/>, for clients whose
/// requests are built by code that knows nothing of the guard.
/// </summary>
internal sealed class PrivateNetworksOptionHandler(bool allowPrivateNetworks) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Options.Set(GuardedConnection.AllowPrivateNetworks, allowPrivateNetworks);
        return base.SendAsync(request, cancellationToken);
    }
}
