using AgentStudio.Core.Designs;

namespace AgentStudio.Core.Editing;

/// <summary>
/// Where new and pasted elements go so that they neither stack exactly on another element nor land out of sight:
/// near the point the user is looking at, stepped aside from what already sits there.
/// </summary>
public static class NodePlacement
{
    /// <summary>How far apart the candidate spots of a new element are, in canvas units.</summary>
    public const double Step = 30;

    // Five spots on a diagonal through the centre, the centre first, then the same diagonal shifted right: the spots
    // stay within a node's size of the centre, so even a dozen adds in a row stay in a small viewport.
    private static readonly int[] AlongDiagonal = [0, 1, -1, 2, -2];
    private const int SpotsPerDiagonal = 5;
    private const int MaxDiagonals = 8;

    /// <summary>
    /// The top-left corner for a new element centred near <paramref name="centre"/>: the first of a fixed series of
    /// spots around it that no element of <paramref name="design"/> already occupies (another element's corner within
    /// half a <see cref="Step"/>). When every spot is taken, the last one.
    /// </summary>
    /// <param name="design">The design the element joins.</param>
    /// <param name="centre">The point the user is looking at (the centre of the visible canvas), in canvas units.</param>
    public static CanvasPosition FreeSpotNear(DesignDocument design, CanvasPosition centre)
    {
        ArgumentNullException.ThrowIfNull(design);
        var taken = AutoLayout.Complete(design).Values.ToList();
        var origin = new CanvasPosition(
            Snap(centre.X - (CanvasGeometry.NodeWidth / 2)),
            Snap(centre.Y - (CanvasGeometry.AgentHeight / 2)));
        var candidate = origin;
        for (var i = 0; i < SpotsPerDiagonal * MaxDiagonals; i++)
        {
            var along = AlongDiagonal[i % SpotsPerDiagonal];
            var diagonal = i / SpotsPerDiagonal;
            candidate = new CanvasPosition(origin.X + (along * Step) + (diagonal * Step / 2 * 3), origin.Y + (along * Step));
            if (!IsTaken(taken, candidate, Step / 2))
            {
                return candidate;
            }
        }

        return candidate;
    }

    /// <summary>
    /// How far to shift pasted elements from where they were copied: the first multiple of
    /// <see cref="CanvasGeometry.PasteOffset"/> (right and down) at which none of them lands on an element already
    /// in <paramref name="design"/>, so that pasting twice does not stack the second copy on the first.
    /// </summary>
    /// <param name="design">The design pasted into.</param>
    /// <param name="copied">The pasted elements' positions where they were copied.</param>
    public static double PasteShift(DesignDocument design, IReadOnlyCollection<CanvasPosition> copied)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(copied);
        var taken = AutoLayout.Complete(design).Values.ToList();
        var shift = CanvasGeometry.PasteOffset;
        // Bounded: a design with a copy at every step along the diagonal still gets a paste, just beyond them all.
        for (var i = 0; i < 1000 && copied.Any(p => IsTaken(taken, new CanvasPosition(p.X + shift, p.Y + shift), CanvasGeometry.PasteOffset / 2)); i++)
        {
            shift += CanvasGeometry.PasteOffset;
        }

        return shift;
    }

    private static bool IsTaken(List<CanvasPosition> taken, CanvasPosition spot, double tolerance) =>
        taken.Exists(p => Math.Abs(p.X - spot.X) < tolerance && Math.Abs(p.Y - spot.Y) < tolerance);

    // On the canvas's grid, so that added nodes line up with each other and with keyboard moves.
    private static double Snap(double value) => Math.Round(value / CanvasGeometry.GridSpacing) * CanvasGeometry.GridSpacing;
}
