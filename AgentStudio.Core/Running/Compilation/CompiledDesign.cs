using AgentStudio.Core.Designs;

namespace AgentStudio.Core.Running.Compilation;

/// <summary>A design turned into runnable agents, starting at <see cref="Entry"/>.</summary>
public sealed class CompiledDesign
{
    internal CompiledDesign(DesignDocument design, IReadOnlyList<CompiledAgent> agents, CompiledAgent entry)
    {
        Design = design;
        Agents = agents;
        Entry = entry;
    }

    /// <summary>The design it was compiled from.</summary>
    public DesignDocument Design { get; }

    /// <summary>Every agent of the design, in design order.</summary>
    public IReadOnlyList<CompiledAgent> Agents { get; }

    /// <summary>The agent a run starts with.</summary>
    public CompiledAgent Entry { get; }

    /// <summary>The agent of that name (ordinal), or null.</summary>
    public CompiledAgent? FindByName(string name) => Agents.FirstOrDefault(a => a.Name == name);
}
