using AgentStudio.Core.Designs;

namespace AgentStudio.Core.Editing.Layout;

/// <summary>
/// Places ordered levels on the canvas, left to right. A level taller than the design needs wraps into several
/// columns, filled row by row so that each node stays near the height of the nodes it connects to; each level is
/// centred vertically on the tallest. How many rows a level may have is chosen so that the whole layout's aspect
/// ratio comes closest to the canvas's.
/// </summary>
internal static class LevelPlacement
{
    // About the shape of the designer's canvas, between its palette and its side panel: nearly square at 1280×720,
    // a little wider at 1920×1080.
    private const double TargetAspect = 1.2;

    // Levels of up to this many nodes never wrap: one column of them still reads at a glance.
    private const int RowsBeforeWrapping = 8;

    public static Dictionary<string, CanvasPosition> Place(IReadOnlyList<IReadOnlyList<string>> levels)
    {
        var positions = new Dictionary<string, CanvasPosition>(StringComparer.Ordinal);
        if (levels.Count == 0)
        {
            return positions;
        }

        var rows = ChooseRows(levels.Select(l => l.Count).ToArray());
        var tallest = levels.Max(l => RowsOf(l.Count, rows));
        var x = CanvasGeometry.LayoutMargin;
        foreach (var level in levels)
        {
            var columns = ColumnsOf(level.Count, rows);
            var levelRows = RowsOf(level.Count, rows);
            var top = CanvasGeometry.LayoutMargin + SnapToGrid((tallest - levelRows) * CanvasGeometry.LayoutRowHeight / 2);
            for (var i = 0; i < level.Count; i++)
            {
                positions[level[i]] = new CanvasPosition(x + (i % columns * CanvasGeometry.LayoutWrappedColumnWidth), top + (i / columns * CanvasGeometry.LayoutRowHeight));
            }

            x += ((columns - 1) * CanvasGeometry.LayoutWrappedColumnWidth) + CanvasGeometry.LayoutColumnWidth;
        }

        return positions;
    }

    /// <summary>The most rows any level may have: the one whose layout is closest to the target aspect ratio.</summary>
    internal static int ChooseRows(IReadOnlyList<int> levelSizes)
    {
        var largest = levelSizes.Count == 0 ? 1 : Math.Max(1, levelSizes.Max());
        var best = largest;
        var bestDistance = double.MaxValue;
        // From the most rows down, so that between equally good shapes the one with fewer wrapped columns wins.
        for (var rows = largest; rows >= Math.Min(largest, RowsBeforeWrapping); rows--)
        {
            var width = levelSizes.Sum(n => ((ColumnsOf(n, rows) - 1) * CanvasGeometry.LayoutWrappedColumnWidth) + CanvasGeometry.LayoutColumnWidth);
            var height = levelSizes.Max(n => RowsOf(n, rows)) * CanvasGeometry.LayoutRowHeight;
            var distance = Math.Abs(Math.Log(width / height / TargetAspect));
            if (distance < bestDistance)
            {
                (best, bestDistance) = (rows, distance);
            }
        }

        return best;
    }

    private static int ColumnsOf(int count, int rows) => Math.Max(1, (count + rows - 1) / rows);

    // Balanced: 20 nodes allowed 15 rows take two columns of 10, not one of 15 and one of 5.
    private static int RowsOf(int count, int rows) => (count + ColumnsOf(count, rows) - 1) / ColumnsOf(count, rows);

    private static double SnapToGrid(double value) => Math.Round(value / CanvasGeometry.GridSpacing) * CanvasGeometry.GridSpacing;
}
