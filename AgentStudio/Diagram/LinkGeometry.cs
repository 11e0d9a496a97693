using System.Globalization;

namespace AgentStudio.Diagram;

/// <summary>
/// Where a link runs: from the source agent's handoff port (upper right) or tool port (lower right) to the
/// target's left middle, as a cubic curve. wwwroot/js/diagram/geometry.js has the same formula for links moved locally.
/// </summary>
public static class LinkGeometry
{
    /// <summary>The SVG path of a link between two nodes.</summary>
    public static string Path(DiagramNode source, DiagramNode target, bool handoff)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        var sx = source.X + DiagramNode.Width;
        var sy = source.Y + (handoff ? 26 : source.Height - 22);
        var tx = target.X;
        var ty = target.Y + (target.Height / 2);
        var bend = Math.Max(40, Math.Abs(tx - sx) / 2);
        return string.Create(CultureInfo.InvariantCulture, $"M {sx} {sy} C {sx + bend} {sy}, {tx - bend} {ty}, {tx} {ty}");
    }

    /// <summary>The midpoint of the link, where its label sits.</summary>
    public static (double X, double Y) LabelPoint(DiagramNode source, DiagramNode target, bool handoff) =>
        ((source.X + DiagramNode.Width + target.X) / 2, (source.Y + (handoff ? 26 : source.Height - 22) + target.Y + (target.Height / 2)) / 2 - 6);
}
