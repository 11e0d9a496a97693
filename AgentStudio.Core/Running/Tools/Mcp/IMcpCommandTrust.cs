namespace AgentStudio.Core.Running.Tools.Mcp;

/// <summary>
/// Decides which MCP command lines AgentStudio may start. A design is untrusted input: its <c>mcp</c> tools name
/// programs to run on this machine, and only command lines a person trusted explicitly may start.
/// </summary>
public interface IMcpCommandTrust
{
    /// <summary>Whether <paramref name="commandLine"/>, exactly as written, may be started.</summary>
    bool IsTrusted(McpCommandLine commandLine);
}

/// <summary>Trusts no command: the default, so no design starts a program nobody trusted.</summary>
public sealed class TrustNoMcpCommand : IMcpCommandTrust
{
    /// <summary>The shared instance.</summary>
    public static TrustNoMcpCommand Instance { get; } = new();

    /// <inheritdoc />
    public bool IsTrusted(McpCommandLine commandLine) => false;
}

/// <summary>Trusts every command: for a person who asked for it by name (the CLI's <c>--trust-mcp</c>) and for tests.</summary>
public sealed class TrustEveryMcpCommand : IMcpCommandTrust
{
    /// <summary>The shared instance.</summary>
    public static TrustEveryMcpCommand Instance { get; } = new();

    /// <inheritdoc />
    public bool IsTrusted(McpCommandLine commandLine) => true;
}

/// <summary>Trusts the command lines of a fixed list.</summary>
public sealed class TrustListedMcpCommands(IEnumerable<McpCommandLine> trusted) : IMcpCommandTrust
{
    private readonly HashSet<McpCommandLine> _trusted = [.. trusted];

    /// <inheritdoc />
    public bool IsTrusted(McpCommandLine commandLine) => _trusted.Contains(commandLine);
}
