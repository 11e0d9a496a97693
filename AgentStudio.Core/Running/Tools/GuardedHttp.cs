namespace AgentStudio.Core.Running.Tools;

/// <summary>The HTTP stacks through which tools reach the network: every connection passes <see cref="GuardedConnection"/>.</summary>
internal static class GuardedHttp
{
    /// <summary>
    /// A handler that connects only through <see cref="GuardedConnection.ConnectAsync"/> and follows no redirects,
    /// so that whoever sends through it sees, and can check, every hop.
    /// </summary>
    public static SocketsHttpHandler CreateHandler() => new()
    {
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        AllowAutoRedirect = false,
        ConnectCallback = GuardedConnection.ConnectAsync,
    };

    /// <summary>
    /// A client for requests that other code builds (the MCP SDK's), guarded like <see cref="ToolServices.Http"/>
    /// and allowed to reach private networks exactly when <paramref name="options"/> says so.
    /// </summary>
    /// <param name="options">The limits of outbound requests.</param>
    /// <param name="secrets">When given, no request may carry one of these secrets to a host it is not bound to.</param>
    /// <param name="toolName">The tool's name, for refusals.</param>
    /// <remarks>Its own handler and connection pool, so connections opened under one setting serve no request of another.</remarks>
    public static HttpClient CreateClient(OutboundHttpOptions options, SecretRedactor? secrets = null, string toolName = "")
    {
        ArgumentNullException.ThrowIfNull(options);
        HttpMessageHandler guarded = new PrivateNetworksOptionHandler(options.AllowPrivateNetworks) { InnerHandler = CreateHandler() };
        return new HttpClient(secrets is null ? guarded : new SecretBindingHandler(secrets, toolName) { InnerHandler = guarded });
    }
}
