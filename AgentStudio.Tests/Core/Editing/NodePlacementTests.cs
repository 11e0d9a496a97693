using AgentStudio.Core.Designs;
using AgentStudio.Core.Editing;

namespace AgentStudio.Tests.Core.Editing;

public sealed class NodePlacementTests
{
    private static readonly CanvasPosition Centre = new(500, 300);

    [Fact]
    public void OnAnEmptyCanvas_TheNewNodeIsCentredOnThePoint_OnTheGrid()
    {
        var spot = NodePlacement.FreeSpotNear(new DesignDocument { Name = "Empty" }, Centre);

        // 500 - 220 / 2 = 390 and 300 - 84 / 2 = 258, on the 20-unit grid.
        Assert.Equal(new CanvasPosition(400, 260), spot);
    }

    [Fact]
    public void RepeatedAdds_NeverStack_AndStayNearThePoint()
    {
        var design = new DesignDocument { Name = "Adds" };
        var spots = new List<CanvasPosition>();
        for (var i = 0; i < 12; i++)
        {
            var spot = NodePlacement.FreeSpotNear(design, Centre);
            spots.Add(spot);
            (design, _) = DesignCommands.AddAgent(design, spot);
        }

        Assert.Equal(spots.Count, spots.Distinct().Count());
        // Within a node's size of the centred spot: a viewport that shows one node around the point shows them all.
        Assert.All(spots, s => Assert.InRange(s.X, 400 - 60, 400 + 60 + 90));
        Assert.All(spots, s => Assert.InRange(s.Y, 260 - 60, 260 + 60));
    }

    [Fact]
    public void PasteShift_IsOneOffset_UnlessThatSpotIsTaken()
    {
        var (design, _) = DesignCommands.AddAgent(new DesignDocument { Name = "Paste" }, new CanvasPosition(0, 0));
        Assert.Equal(40, NodePlacement.PasteShift(design, [new CanvasPosition(0, 0)]));

        (design, _) = DesignCommands.AddAgent(design, new CanvasPosition(40, 40));
        Assert.Equal(80, NodePlacement.PasteShift(design, [new CanvasPosition(0, 0)]));
    }
}
