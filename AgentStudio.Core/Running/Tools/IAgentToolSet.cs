namespace AgentStudio.Core.Running.Tools;

/// <summary>
/// A set of tools known only at run time, such as the tools of an MCP server: listed when an agent that uses
/// it first takes control in a run.
/// </summary>
public interface IAgentToolSet : IAsyncDisposable
{
    /// <summary>A name for messages (the design's tool name).</summary>
    string Name { get; }

    /// <summary>The tools of the set; the first call connects, later calls reuse the connection.</summary>
    /// <exception cref="RunException">The set cannot be reached (<see cref="RunErrorKind.UserError"/>).</exception>
    Task<IReadOnlyList<IAgentTool>> ListToolsAsync(ToolServices services, CancellationToken cancellationToken = default);
}
