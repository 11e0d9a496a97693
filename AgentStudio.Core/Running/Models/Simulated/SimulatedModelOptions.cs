namespace AgentStudio.Core.Running.Models.Simulated;

/// <summary>How the simulated model streams.</summary>
public sealed record SimulatedModelOptions
{
    /// <summary>The pause before each streamed chunk (default 15 ms), so that streaming is visible; zero in tests.</summary>
    public TimeSpan ChunkDelay { get; init; } = TimeSpan.FromMilliseconds(15);
}
