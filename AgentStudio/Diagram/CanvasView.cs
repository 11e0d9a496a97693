namespace AgentStudio.Diagram;

/// <summary>
/// What the browser shows of the canvas: the visible rectangle in canvas units and the zoom. The canvas renders the
/// nodes and links inside it (plus a margin, <see cref="ViewportCulling"/>) at the detail its zoom allows
/// (<see cref="DiagramDetail"/>).
/// </summary>
/// <param name="X">Left edge of the visible area, in canvas units.</param>
/// <param name="Y">Top edge of the visible area, in canvas units.</param>
/// <param name="Width">Width of the visible area, in canvas units (the canvas's pixel width divided by the zoom).</param>
/// <param name="Height">Height of the visible area, in canvas units.</param>
/// <param name="Zoom">Screen pixels per canvas unit.</param>
public sealed record CanvasView(double X, double Y, double Width, double Height, double Zoom)
{
    /// <summary>
    /// The view before the browser has reported one: the prerendered page and the first interactive render show the
    /// canvas untransformed (origin top left, zoom 1), so this is what the user sees until the script attaches. Its
    /// size is a large screen's, so that no node on a first paint is missing.
    /// </summary>
    public static CanvasView Initial { get; } = new(0, 0, 1920, 1080, 1);

    /// <summary>The area rendered for this view: the visible area grown by half its size on every side, so that a pan
    /// of up to half a screen shows nodes that are already drawn while the new view is reported.</summary>
    public (double Left, double Top, double Right, double Bottom) RenderedArea() =>
        (X - (Width / 2), Y - (Height / 2), X + (Width * 1.5), Y + (Height * 1.5));

    /// <summary>A view from the numbers the browser reports, or null when they do not describe an area.</summary>
    public static CanvasView? FromBrowser(double x, double y, double width, double height, double zoom) =>
        new[] { x, y, width, height, zoom }.All(double.IsFinite) && width > 0 && height > 0 && zoom > 0
            ? new CanvasView(x, y, width, height, zoom)
            : null;
}
