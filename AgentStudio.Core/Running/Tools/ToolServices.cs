namespace AgentStudio.Core.Running.Tools;

/// <summary>The services tools share within a run: a clock, an HTTP client, secrets, trusted MCP commands and the built-in tools' limits.</summary>
public sealed record ToolServices
{
    /// <summary>The clock; tests pass a fake one.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>The HTTP client of <c>http</c> tools and the <c>http_get</c> built-in.</summary>
    /// <remarks>
    /// The default connects through <see cref="GuardedConnection"/> and follows no redirects; a replacement should do
    /// the same. MCP servers reached by URL do not use it: each gets a guarded client of its own.
    /// </remarks>
    public HttpClient Http { get; init; } = SharedHttp.Client;

    /// <summary>Resolves <c>${secret:NAME}</c> references at run time; by default no secret is known.</summary>
    public ISecretResolver Secrets { get; init; } = NoSecrets.Instance;

    /// <summary>Which MCP command lines may be started; by default none.</summary>
    public Mcp.IMcpCommandTrust McpTrust { get; init; } = Mcp.TrustNoMcpCommand.Instance;

    /// <summary>Masks every secret the app knows in text leaving the engine; by default it knows none.</summary>
    public SecretMasker Masker { get; init; } = SecretMasker.None;

    /// <summary>Limits of outbound HTTP requests made by tools.</summary>
    public OutboundHttpOptions OutboundHttp { get; init; } = new();

    private static class SharedHttp
    {
        // One handler for the process: a client per run would exhaust sockets. Redirects are not followed here:
        // OutboundHttp follows them itself so that every hop passes the address policy.
        public static readonly HttpClient Client = new(GuardedHttp.CreateHandler());
    }
}
