using AgentStudio.Core.Designs;
using AgentStudio.Designs;

namespace AgentStudio.Tests.Designs;

/// <summary>What the <see cref="DesignAutosave"/> tests share: a design that holds typed text, and a wait for a state.</summary>
internal static class AutosaveTest
{
    /// <summary>A one-agent design whose instructions are what the user typed.</summary>
    public static DesignDocument Typed(string text) => new()
    {
        Name = "Autosave",
        Agents = [new AgentDefinition { Id = "agent-1", Name = "Agent1", Model = "simulated", Instructions = text }],
        Entry = "agent-1",
    };

    /// <summary>
    /// Waits (in real time, bounded) until the autosave reaches a state. The fake clock decides when a save starts;
    /// the save itself finishes on the thread pool.
    /// </summary>
    public static async Task WaitForAsync(DesignAutosave autosave, Func<DesignAutosave, bool> reached)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        autosave.StateChanged += () =>
        {
            if (reached(autosave))
            {
                done.TrySetResult();
            }
        };
        if (reached(autosave))
        {
            return;
        }

        await done.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
    }
}
