using AgentStudio.Core.Designs;

namespace AgentStudio.Core.Templates;

/// <summary>A built-in design a user can start from.</summary>
/// <param name="Id">Stable identifier of the template (the resource file's name without extension).</param>
/// <param name="Design">The template's design; records are immutable, so it can be handed out as is.</param>
public sealed record DesignTemplate(string Id, DesignDocument Design)
{
    /// <summary>The template's display name.</summary>
    public string Name => Design.Name;

    /// <summary>What the template shows.</summary>
    public string? Description => Design.Description;
}
