namespace AgentStudio.Diagram;

/// <summary>How much of each node and link the canvas draws, chosen from the zoom (<see cref="DiagramDetails.At"/>).</summary>
public enum DiagramDetail
{
    /// <summary>Everything: node icons, subtitles and ports; link labels and the wide invisible paths that take link clicks.</summary>
    Full,

    /// <summary>
    /// A zoomed-out overview: nodes with their title only (no icon, subtitle or ports), links as a bare path (no label,
    /// no hit path). Text that small cannot be read and ports that small cannot be aimed at, so they are not drawn.
    /// </summary>
    Overview,
}

/// <summary>The zoom at which the canvas switches between <see cref="DiagramDetail"/> levels.</summary>
public static class DiagramDetails
{
    /// <summary>
    /// Below this zoom the canvas draws an <see cref="DiagramDetail.Overview"/>. At 0.4 a subtitle (12 px) is 4.8 px
    /// tall, a link label (11 px) 4.4 px and a port (16 px) 6.4 px: still read at a glance; further out they are not.
    /// It sits under the zoom at which the templates fit a 1280 × 720 window (about 0.47), so a new user's first view
    /// of a template shows its edge labels and subtitles; a fitted design of hundreds of nodes goes below it, where the
    /// detail costs most.
    /// </summary>
    public const double OverviewBelowZoom = 0.4;

    /// <summary>
    /// Below this zoom the browser also hides node titles (14 px, under 3.5 px here), leaving the boxes and links of a
    /// design fitted whole (the stylesheet's <c>data-lod="outline"</c>; the server draws the overview either way).
    /// </summary>
    public const double OutlineBelowZoom = 0.25;

    /// <summary>The detail to draw at <paramref name="zoom"/>.</summary>
    public static DiagramDetail At(double zoom) => zoom < OverviewBelowZoom ? DiagramDetail.Overview : DiagramDetail.Full;
}
