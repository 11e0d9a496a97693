using System.Globalization;
using AgentStudio.Core.Editing;

namespace AgentStudio.Diagram;

/// <summary>
/// Hands <see cref="CanvasGeometry"/> to the browser, so the sizes are written once, in C#: the gesture scripts get
/// them when the canvas attaches (wwwroot/js/diagram/geometry.js), the stylesheet as CSS variables on the canvas root.
/// </summary>
public static class DiagramGeometry
{
    /// <summary>
    /// The sizes the gesture scripts draw links, fit the view and place drops with, and the zooms of the levels of
    /// detail (the server's, <see cref="DiagramDetails"/>), serialized camelCase.
    /// </summary>
    public static object ForScript { get; } = new
    {
        FullDetailZoom = DiagramDetails.OverviewBelowZoom,
        OutlineZoom = DiagramDetails.OutlineBelowZoom,
        CanvasGeometry.NodeWidth,
        CanvasGeometry.ToolOrNoteHeight,
        CanvasGeometry.HandoffPortY,
        CanvasGeometry.ToolPortFromBottom,
        CanvasGeometry.MinimumLinkBend,
        CanvasGeometry.GridSpacing,
    };

    /// <summary>The sizes app.css lays nodes, ports and the grid out with, as an inline style for the canvas root.</summary>
    public static string CssVariables { get; } = string.Join(';',
        Variable("node-width", CanvasGeometry.NodeWidth),
        Variable("port-size", CanvasGeometry.PortSize),
        Variable("handoff-port-y", CanvasGeometry.HandoffPortY),
        Variable("tool-port-from-bottom", CanvasGeometry.ToolPortFromBottom),
        Variable("grid-spacing", CanvasGeometry.GridSpacing));

    private static string Variable(string name, double pixels) => string.Create(CultureInfo.InvariantCulture, $"--diagram-{name}:{pixels}px");
}
