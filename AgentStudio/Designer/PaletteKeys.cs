using AgentStudio.Core.Designs;

namespace AgentStudio.Designer;

/// <summary>
/// The palette's item keys as the browser carries them in a drag (<c>data-palette</c>, <c>agent</c>,
/// <c>tool:mock</c>, <c>note</c>) and the add intents they stand for. The only place the keys are read.
/// </summary>
public static class PaletteKeys
{
    /// <summary>The key of the agent item.</summary>
    public const string Agent = "agent";

    /// <summary>The key of the note item.</summary>
    public const string Note = "note";

    private const string ToolPrefix = "tool:";

    /// <summary>The key of the item that adds a tool of <paramref name="toolKind"/> (one of <see cref="ToolKinds"/>).</summary>
    public static string Tool(string toolKind) => ToolPrefix + toolKind;

    /// <summary>The add intent of a palette item dropped at <paramref name="at"/> (null: a free spot), or null for an unknown key.</summary>
    public static DesignerIntent? ToIntent(string key, CanvasPosition? at = null) => key switch
    {
        Agent => new DesignerIntent.AddAgent(at),
        Note => new DesignerIntent.AddNote(at),
        _ when key.StartsWith(ToolPrefix, StringComparison.Ordinal) && ToolKinds.All.Contains(key[ToolPrefix.Length..]) =>
            new DesignerIntent.AddTool(key[ToolPrefix.Length..], at),
        _ => null,
    };
}
