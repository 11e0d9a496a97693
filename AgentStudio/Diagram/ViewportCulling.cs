namespace AgentStudio.Diagram;

/// <summary>
/// Which nodes and links the canvas renders for a view: those in the visible area grown by a margin
/// (<see cref="CanvasView.RenderedArea"/>), so that the browser's and the server's cost follows what is on screen, not
/// the size of the design.
/// </summary>
/// <remarks>
/// A node is rendered when its box meets the area, or when it is always shown: in the editor the selection (a drag
/// moves the whole selection and the keyboard focus sits on a selected node, so those must be in the page wherever
/// they are), on the playground also what a run is using now. A link is rendered when it is always shown, or when
/// either end's box or the box of its curve meets the area (a link crossing the screen between two off-screen nodes
/// is still seen).
/// </remarks>
public static class ViewportCulling
{
    /// <summary>The nodes and links to render for <paramref name="view"/>, in their original order.</summary>
    /// <param name="nodes">Every node of the design.</param>
    /// <param name="nodesById">The same nodes by id.</param>
    /// <param name="links">Every link of the design.</param>
    /// <param name="view">What the browser shows.</param>
    /// <param name="alwaysShown">Node and link ids rendered wherever they are (the selection; a run's active ids).</param>
    public static (IReadOnlyList<DiagramNode> Nodes, IReadOnlyList<DiagramLink> Links) Cull(
        IReadOnlyList<DiagramNode> nodes, IReadOnlyDictionary<string, DiagramNode> nodesById, IReadOnlyList<DiagramLink> links,
        CanvasView view, IReadOnlySet<string> alwaysShown)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentNullException.ThrowIfNull(nodesById);
        ArgumentNullException.ThrowIfNull(links);
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(alwaysShown);
        var area = view.RenderedArea();
        var shownNodes = nodes.Where(n => alwaysShown.Contains(n.Id) || Meets(Box(n), area)).ToList();
        var shownLinks = links.Where(l =>
            nodesById.TryGetValue(l.SourceId, out var source) && nodesById.TryGetValue(l.TargetId, out var target)
            && (alwaysShown.Contains(l.Id) || Meets(Box(source), area) || Meets(Box(target), area) || Meets(LinkGeometry.Bounds(source, target, l.IsHandoff), area))).ToList();
        return (shownNodes, shownLinks);
    }

    private static (double Left, double Top, double Right, double Bottom) Box(DiagramNode node) => (node.X, node.Y, node.X + node.Width, node.Y + node.Height);

    private static bool Meets((double Left, double Top, double Right, double Bottom) a, (double Left, double Top, double Right, double Bottom) b) =>
        a.Left <= b.Right && a.Right >= b.Left && a.Top <= b.Bottom && a.Bottom >= b.Top;
}
