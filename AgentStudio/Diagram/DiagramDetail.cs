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
    /// Below this zoom the canvas draws an <see cref="DiagramDetail.Overview"/>. At 0.5 a subtitle (12 px) is 6 px
    /// tall, a link label (11 px) 5.5 px and a port (16 px) 8 px: unreadable and hard to hit. A fitted design of a few
    /// dozen nodes stays above it; one of hundreds goes below it, where the detail costs most.
    /// </summary>
    public const double OverviewBelowZoom = 0.5;

    /// <summary>
    /// Below this zoom the browser also hides node titles (14 px, under 3.5 px here), leaving the boxes and links of a
    /// design fitted whole (the stylesheet's <c>data-lod="outline"</c>; the server draws the overview either way).
    /// </summary>
    public const double OutlineBelowZoom = 0.25;

    /// <summary>The detail to draw at <paramref name="zoom"/>.</summary>
    public static DiagramDetail At(double zoom) => zoom < OverviewBelowZoom ? DiagramDetail.Overview : DiagramDetail.Full;
}
