using AgentStudio.Core.Editing;
using AgentStudio.Diagram;

namespace AgentStudio.Tests.Diagram;

/// <summary>The view the canvas is drawn at before its script runs: the design fitted into a typical canvas, centred.</summary>
public sealed class OpeningViewTests
{
    private static DiagramNode Tool(string id, double x, double y) => new(id, DiagramNodeKind.Tool, x, y, id, "mock", false);

    [Fact]
    public void EmptyDesign_OpensAtTheInitialView()
    {
        Assert.Equal(CanvasView.Initial, OpeningView.For([]));
    }

    [Fact]
    public void WideDesign_IsFittedToTheCanvasWidth_AndCentred()
    {
        // 0 .. 10,000 + node width across, one node high.
        var nodes = new[] { Tool("a", 0, 0), Tool("b", 10_000, 0) };
        var width = 10_000 + CanvasGeometry.NodeWidth;

        var view = OpeningView.For(nodes);

        Assert.Equal((OpeningView.AssumedCanvasWidth - (2 * OpeningView.FitMargin)) / width, view.Zoom, 9);
        // The visible area is the canvas in canvas units, and its centre is the design's.
        Assert.Equal(OpeningView.AssumedCanvasWidth / view.Zoom, view.Width, 6);
        Assert.Equal(width / 2, view.X + (view.Width / 2), 6);
        Assert.Equal(CanvasGeometry.ToolOrNoteHeight / 2, view.Y + (view.Height / 2), 6);
        Assert.Equal(DiagramDetail.Overview, DiagramDetails.At(view.Zoom));
    }

    [Fact]
    public void OneNode_IsNotBlownUp_AndAHugeDesignIsStillShownWhole()
    {
        Assert.Equal(OpeningView.FitMaxZoom, OpeningView.For([Tool("a", 50, 50)]).Zoom);
        Assert.Equal(OpeningView.FitMinZoom, OpeningView.For([Tool("a", 0, 0), Tool("b", 1_000_000, 1_000_000)]).Zoom);
    }

    [Fact]
    public void Transform_IsTheScriptsViewTransform()
    {
        var view = new CanvasView(100, -50, 1200, 1200, 0.5);

        Assert.Equal("transform: translate(-50px, 25px) scale(0.5)", OpeningView.Transform(view));
    }
}
