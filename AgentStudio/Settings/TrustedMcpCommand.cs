using AgentStudio.Core.Running.Tools.Mcp;

namespace AgentStudio.Settings;

/// <summary>An MCP command line an administrator trusted, with who trusted it and when.</summary>
public sealed record TrustedMcpCommand
{
    /// <summary>The program.</summary>
    public string Command { get; init; } = "";

    /// <summary>Its arguments.</summary>
    public IReadOnlyList<string> Arguments { get; init; } = [];

    /// <summary>Its environment, values as the design writes them.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>Who trusted it.</summary>
    public string TrustedBy { get; init; } = "";

    /// <summary>When.</summary>
    public DateTimeOffset TrustedAt { get; init; }

    /// <summary>The command line this entry trusts.</summary>
    public McpCommandLine CommandLine => new(Command, Arguments, Environment);
}
