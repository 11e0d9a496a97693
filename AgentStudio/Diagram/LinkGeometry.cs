using System.Globalization;
using AgentStudio.Core.Editing;

namespace AgentStudio.Diagram;

/// <summary>
/// Where a link runs: from the source agent's handoff port (upper right) or tool port (lower right) to the
/// target's left middle, as a cubic curve, with the sizes of <see cref="CanvasGeometry"/>. wwwroot/js/diagram/geometry.js
/// has the same formula, fed the same sizes, for links moved locally.
/// </summary>
public static class LinkGeometry
{
    /// <summary>The SVG path of a link between two nodes.</summary>
    public static string Path(DiagramNode source, DiagramNode target, bool handoff)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        var (sx, sy) = Start(source, handoff);
        var (tx, ty) = End(target);
        var bend = Math.Max(CanvasGeometry.MinimumLinkBend, Math.Abs(tx - sx) / 2);
        return string.Create(CultureInfo.InvariantCulture, $"M {sx} {sy} C {sx + bend} {sy}, {tx - bend} {ty}, {tx} {ty}");
    }

    /// <summary>The midpoint of the link, where its label sits.</summary>
    public static (double X, double Y) LabelPoint(DiagramNode source, DiagramNode target, bool handoff)
    {
        var (sx, sy) = Start(source, handoff);
        var (tx, ty) = End(target);
        return ((sx + tx) / 2, ((sy + ty) / 2) - 6);
    }

    /// <summary>A rectangle that holds the whole curve: the box around its ends and its two control points.</summary>
    public static (double Left, double Top, double Right, double Bottom) Bounds(DiagramNode source, DiagramNode target, bool handoff)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        var (sx, sy) = Start(source, handoff);
        var (tx, ty) = End(target);
        var bend = Math.Max(CanvasGeometry.MinimumLinkBend, Math.Abs(tx - sx) / 2);
        return (Math.Min(sx, tx - bend), Math.Min(sy, ty), Math.Max(tx, sx + bend), Math.Max(sy, ty));
    }

    private static (double X, double Y) Start(DiagramNode source, bool handoff) =>
        (source.X + source.Width, source.Y + CanvasGeometry.SourcePortY(source.Height, handoff));

    private static (double X, double Y) End(DiagramNode target) => (target.X, target.Y + (target.Height / 2));
}
