namespace AgentStudio.Benchmarks.Hybrid;

/// <summary>
/// The tools a model asked for during one run, in order, as the in-memory client recorded them (a handoff as
/// <see cref="HybridConversation.HandoffToBilling"/>, since each framework names it differently). Thread-safe.
/// </summary>
internal sealed class ToolCallLog
{
    private readonly List<string> _tools = [];

    public void Add(string tool)
    {
        lock (_tools)
        {
            _tools.Add(tool);
        }
    }

    /// <summary>A copy of the tools asked for so far.</summary>
    public IReadOnlyList<string> Snapshot()
    {
        lock (_tools)
        {
            return [.. _tools];
        }
    }
}
