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
    /// <remarks>Its own handler and connection pool, so connections opened under one setting serve no request of another.</remarks>
    public static HttpClient CreateClient(OutboundHttpOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new HttpClient(new PrivateNetworksOptionHandler(options.AllowPrivateNetworks) { InnerHandler = CreateHandler() });
    }
}
