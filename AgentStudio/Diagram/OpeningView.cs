using System.Globalization;

namespace AgentStudio.Diagram;

/// <summary>
/// The view a canvas is drawn at before its script has measured the page: the whole design fitted into a canvas of a
/// typical size, as the script's fit does (wwwroot/js/diagram/canvas.js) once it knows the real size. The prerendered
/// page and the first interactive render show the design as it will open, rather than its top-left corner at zoom 1,
/// so that the render after the script attaches changes little or nothing: at a fitted zoom every node is in view, and
/// the detail differs only when the real fit lands on the other side of <see cref="DiagramDetails.OverviewBelowZoom"/>.
/// </summary>
public static class OpeningView
{
    /// <summary>
    /// The canvas size assumed: the designer's canvas between the palette and the property panel in a 1280 × 720 to
    /// 1400 × 900 window is about this, in pixels.
    /// </summary>
    public const double AssumedCanvasWidth = 600, AssumedCanvasHeight = 600;

    /// <summary>Space a fit keeps between the canvas's edges and the design, in pixels.</summary>
    public const double FitMargin = 40;

    /// <summary>The least zoom a fit goes to (a design of thousands of nodes is still shown whole).</summary>
    public const double FitMinZoom = 0.02;

    /// <summary>The greatest zoom a fit goes to (a design of one node is not blown up).</summary>
    public const double FitMaxZoom = 1.5;

    /// <summary>The fitted view of <paramref name="nodes"/>, or <see cref="CanvasView.Initial"/> for an empty design.</summary>
    public static CanvasView For(IReadOnlyList<DiagramNode> nodes)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        if (nodes.Count == 0)
        {
            return CanvasView.Initial;
        }

        var (left, top, right, bottom) = (double.MaxValue, double.MaxValue, double.MinValue, double.MinValue);
        foreach (var node in nodes)
        {
            (left, top) = (Math.Min(left, node.X), Math.Min(top, node.Y));
            (right, bottom) = (Math.Max(right, node.X + node.Width), Math.Max(bottom, node.Y + node.Height));
        }

        var (width, height) = (right - left, bottom - top);
        var zoom = Math.Clamp(Math.Min((AssumedCanvasWidth - (2 * FitMargin)) / width, (AssumedCanvasHeight - (2 * FitMargin)) / height), FitMinZoom, FitMaxZoom);
        // The design's centre at the canvas's centre.
        var (x, y) = (left + (width / 2) - (AssumedCanvasWidth / 2 / zoom), top + (height / 2) - (AssumedCanvasHeight / 2 / zoom));
        return new CanvasView(x, y, AssumedCanvasWidth / zoom, AssumedCanvasHeight / zoom, zoom);
    }

    /// <summary>The CSS transform that shows <paramref name="view"/>, as the script writes it on the canvas's viewport.</summary>
    public static string Transform(CanvasView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return string.Create(CultureInfo.InvariantCulture, $"transform: translate({-view.X * view.Zoom}px, {-view.Y * view.Zoom}px) scale({view.Zoom})");
    }
}
