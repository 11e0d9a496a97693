namespace AgentStudio.Core.Running;

/// <summary>Model names every AgentStudio installation serves.</summary>
public static class ModelNames
{
    /// <summary>The offline, deterministic model that needs no key and no network.</summary>
    public const string Simulated = "simulated";

    /// <summary>The model that replays responses from a script file.</summary>
    public const string Scripted = "scripted";
}
