using AgentStudio.Core.Designs;

namespace AgentStudio.Core.Running.Compilation;

/// <summary>A design turned into runnable agents, starting at <see cref="Entry"/>.</summary>
/// <remarks>Disposing closes the connections of its MCP tool sets (and stops the servers it started).</remarks>
public sealed class CompiledDesign : IAsyncDisposable
{
    private readonly IReadOnlyList<Tools.IAgentToolSet> _toolSets;

    internal CompiledDesign(DesignDocument design, IReadOnlyList<CompiledAgent> agents, CompiledAgent entry, IReadOnlyList<Tools.IAgentToolSet> toolSets)
    {
        Design = design;
        Agents = agents;
        Entry = entry;
        _toolSets = toolSets;
    }

    /// <summary>The design it was compiled from.</summary>
    public DesignDocument Design { get; }

    /// <summary>Every agent of the design, in design order.</summary>
    public IReadOnlyList<CompiledAgent> Agents { get; }

    /// <summary>The agent a run starts with.</summary>
    public CompiledAgent Entry { get; }

    /// <summary>The agent of that name (ordinal), or null.</summary>
    public CompiledAgent? FindByName(string name) => Agents.FirstOrDefault(a => a.Name == name);

    /// <summary>The agent with that design id (ordinal), or null.</summary>
    public CompiledAgent? FindById(string id) => Agents.FirstOrDefault(a => a.Id == id);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        foreach (var set in _toolSets)
        {
            await set.DisposeAsync().ConfigureAwait(false);
        }
    }
}
