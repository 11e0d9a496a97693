using System.Text.Json;
using AgentStudio.Core.Designs;
using AgentStudio.Core.Validation;
using ModelContextProtocol.Client;

namespace AgentStudio.Core.Running.Tools.Mcp;

/// <summary>
/// The tools of an MCP server, over stdio (a command AgentStudio starts) or HTTP (a URL), with the official
/// ModelContextProtocol SDK. Secret references in the environment and headers are resolved when it connects: header
/// secrets only for the hosts they are bound to, and a command only when <see cref="ToolServices.McpTrust"/> trusts it.
/// An HTTP server passes the same outbound guard as <c>http</c> tools: unless
/// <see cref="OutboundHttpOptions.AllowPrivateNetworks"/> is set, a URL that leads to a non-public address is
/// refused before any connection is made.
/// </summary>
/// <remarks>Thread-safe. Connects once, on first use; disposing closes the connection and stops the server process.</remarks>
public sealed class McpToolSet : IAgentToolSet
{
    private readonly McpTool _definition;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private McpClient? _client;
    private IReadOnlyList<IAgentTool>? _tools;
    private HttpClient? _http;

    /// <summary>A set for the server <paramref name="definition"/> describes.</summary>
    public McpToolSet(McpTool definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (string.IsNullOrWhiteSpace(definition.Command) == string.IsNullOrWhiteSpace(definition.Url))
        {
            throw new ArgumentException($"MCP tool {definition.Name} needs exactly one of a command (stdio) or a URL (HTTP).", nameof(definition));
        }

        _definition = definition;
    }

    /// <inheritdoc />
    public string Name => _definition.Name;

    /// <inheritdoc />
    public async Task<IReadOnlyList<IAgentTool>> ListToolsAsync(ToolServices services, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_tools is not null)
            {
                return _tools;
            }

            try
            {
                var transport = await TransportAsync(services, cancellationToken).ConfigureAwait(false);
                _client = await McpClient.CreateAsync(transport, cancellationToken: cancellationToken).ConfigureAwait(false);
                var listed = await _client.ListToolsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
                var allowed = _definition.AllowedTools is { Count: > 0 } names ? names.ToHashSet(StringComparer.Ordinal) : null;
                _tools = [.. listed.Where(t => allowed is null || allowed.Contains(t.Name)).Select(t => new McpServerTool(t, _definition.Name))];
                return _tools;
            }
            catch (Exception e) when (e is not OperationCanceledException and not RunException)
            {
                // Header values went into the request and may come back in the error; the message leaves the engine masked.
                throw new RunException(RunErrorKind.UserError, services.Masker.Apply($"MCP server {_definition.Name} could not be reached: {e.Message}"));
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_client is not null)
        {
            await _client.DisposeAsync().ConfigureAwait(false);
        }

        _http?.Dispose();
        _gate.Dispose();
    }

    private async Task<IClientTransport> TransportAsync(ToolServices services, CancellationToken cancellationToken)
    {
        if (McpCommandLine.Of(_definition) is { } commandLine)
        {
            // Checked here as well as before the run, so no path into the engine starts a program nobody trusted.
            if (!services.McpTrust.IsTrusted(commandLine))
            {
                throw new RunException(RunErrorKind.UserError, $"{ProblemCodes.UntrustedMcpCommand}: {Compilation.ToolTrustChecks.UntrustedMessage(_definition.Name, _definition.Id, commandLine)}");
            }

            // The server gets the platform's basic variables (PATH, HOME, …) and those the design declares, never the
            // rest of AgentStudio's environment, which may hold keys.
            var environment = StdioClientTransportOptions.GetDefaultEnvironmentVariables();
            foreach (var (name, value) in commandLine.Environment)
            {
                environment[name] = SecretReferences.Resolve(value, services.Secrets);
            }

            return new StdioClientTransport(new StdioClientTransportOptions
            {
                Name = _definition.Name,
                Command = commandLine.Command,
                Arguments = [.. commandLine.Arguments],
                InheritEnvironmentVariables = false,
                EnvironmentVariables = environment,
            });
        }

        // The same guard as http tools: the URL is checked here for a clear refusal, and every connection the SDK
        // makes (including to a URL an SSE server hands out) is checked again before it is made.
        var endpoint = new Uri(_definition.Url!);
        try
        {
            await OutboundHttp.EnsureAllowedAsync(endpoint, services.OutboundHttp, $"MCP server {_definition.Name}", static text => text, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is InvalidOperationException or HttpRequestException)
        {
            throw new RunException(RunErrorKind.UserError, e.Message, e);
        }

        // Header secrets must be bound to the server's host, and stay bound on every request the SDK makes later.
        var secrets = new SecretRedactor();
        var headers = (_definition.Headers ?? new Dictionary<string, string>()).ToDictionary(
            p => p.Key, p => SecretReferences.ResolveFor(p.Value, services.Secrets, endpoint.IdnHost, _definition.Name, secrets));
        _http?.Dispose();
        _http = GuardedHttp.CreateClient(services.OutboundHttp, secrets, $"MCP server {_definition.Name}");
        return new HttpClientTransport(
            new HttpClientTransportOptions
            {
                Name = _definition.Name,
                Endpoint = endpoint,
                AdditionalHeaders = headers,
            },
            _http);
    }
}
