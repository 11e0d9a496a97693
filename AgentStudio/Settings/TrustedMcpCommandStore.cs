using AgentStudio.Core.Running.Tools.Mcp;
using AgentStudio.Storage;
using Microsoft.Extensions.Options;

namespace AgentStudio.Settings;

/// <summary>
/// The MCP command lines administrators trusted, in <c>trusted-mcp-commands.json</c> in the data folder. A design's
/// <c>mcp</c> tool starts its program only when its exact command line is here. Thread-safe.
/// </summary>
public sealed class TrustedMcpCommandStore : IMcpCommandTrust
{
    private readonly SettingsFile<TrustedMcpCommand> _file;
    private readonly TimeProvider _time;

    /// <summary>A store in the configured data folder.</summary>
    public TrustedMcpCommandStore(IOptions<StorageOptions> storage, TimeProvider time, ILogger<TrustedMcpCommandStore> logger)
    {
        ArgumentNullException.ThrowIfNull(storage);
        _time = time;
        _file = new SettingsFile<TrustedMcpCommand>(Path.Combine(storage.Value.ResolvedDataFolder, "trusted-mcp-commands.json"), logger);
    }

    /// <summary>Raised after every change.</summary>
    public event Action? Changed;

    /// <summary>The trusted command lines.</summary>
    public IReadOnlyList<TrustedMcpCommand> Trusted => _file.Read();

    /// <inheritdoc />
    public bool IsTrusted(McpCommandLine commandLine) => Trusted.Any(t => t.CommandLine.Equals(commandLine));

    /// <summary>Trusts <paramref name="commandLine"/> on behalf of <paramref name="trustedBy"/>.</summary>
    public void Trust(McpCommandLine commandLine, string trustedBy)
    {
        ArgumentNullException.ThrowIfNull(commandLine);
        var entry = new TrustedMcpCommand
        {
            Command = commandLine.Command,
            Arguments = commandLine.Arguments,
            Environment = commandLine.Environment,
            TrustedBy = trustedBy,
            TrustedAt = _time.GetUtcNow(),
        };
        _file.Update(trusted => trusted.Exists(t => t.CommandLine.Equals(commandLine)) ? trusted : [.. trusted, entry]);

        Changed?.Invoke();
    }

    /// <summary>Stops trusting <paramref name="commandLine"/>.</summary>
    public void Revoke(McpCommandLine commandLine)
    {
        _file.Update(trusted => [.. trusted.Where(t => !t.CommandLine.Equals(commandLine))]);

        Changed?.Invoke();
    }
}
