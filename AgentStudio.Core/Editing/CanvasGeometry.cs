namespace AgentStudio.Core.Editing;

/// <summary>
/// The canvas's fixed sizes, in canvas units (CSS pixels at zoom 1): nodes, ports, links, the grid, and the spacing
/// of auto-layout and paste. The one place they are defined: the designer draws with them in C#, hands them to the
/// browser's gesture scripts when it attaches, and writes them as CSS variables for the stylesheet.
/// </summary>
/// <remarks>
/// Nodes have fixed sizes and ports sit in fixed slots so that a link's ends follow from node positions alone,
/// in C# and in the browser, without measuring anything.
/// </remarks>
public static class CanvasGeometry
{
    /// <summary>Every node's width.</summary>
    public const double NodeWidth = 220;

    /// <summary>An agent node's height (it has two ports on its right side).</summary>
    public const double AgentHeight = 84;

    /// <summary>A tool's or note's height.</summary>
    public const double ToolOrNoteHeight = 60;

    /// <summary>The side of a port's square.</summary>
    public const double PortSize = 16;

    /// <summary>How far below a node's top the handoff port's centre sits, where handoff links start.</summary>
    public const double HandoffPortY = 26;

    /// <summary>How far above a node's bottom the tool port's centre sits, where tool links start.</summary>
    public const double ToolPortFromBottom = 22;

    /// <summary>The least horizontal pull of a link's curve, so that short and backward links still bend visibly.</summary>
    public const double MinimumLinkBend = 40;

    /// <summary>The spacing of the canvas's dotted grid.</summary>
    public const double GridSpacing = 20;

    /// <summary>The distance between the left edges of two auto-layout columns.</summary>
    public const double LayoutColumnWidth = 300;

    /// <summary>The distance between the left edges of two columns of one auto-layout level that wraps.</summary>
    public const double LayoutWrappedColumnWidth = 260;

    /// <summary>The distance between the tops of two nodes in one auto-layout column.</summary>
    public const double LayoutRowHeight = 130;

    /// <summary>The space auto-layout leaves above and left of the first column.</summary>
    public const double LayoutMargin = 40;

    /// <summary>How far right and down a pasted element sits from where it was copied.</summary>
    public const double PasteOffset = 40;

    /// <summary>Where a link from a node of <paramref name="nodeHeight"/> leaves it, measured down from the node's top.</summary>
    /// <param name="nodeHeight">The source node's height.</param>
    /// <param name="handoff">A handoff link (from the upper port); otherwise a tool link (from the lower port).</param>
    public static double SourcePortY(double nodeHeight, bool handoff) => handoff ? HandoffPortY : nodeHeight - ToolPortFromBottom;
}
