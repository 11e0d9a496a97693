using System.Runtime.CompilerServices;
using AgentStudio.Tests.Support;

namespace AgentStudio.Tests.Browser.CanvasMeasuring;

/// <summary>
/// The canvas measurement's harness, once on a 50-node design, in every test run: what <see cref="CanvasMeasurement"/>
/// records must still be there to record (the probe finds the first node frame and the ready frame, a node follows
/// the mouse, the gestures draw frames, the heap and the circuit's bytes are read), or the measurement would fail
/// only when someone runs it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CanvasMeasurementSmokeTests(BrowserFixture browser)
{
    [Fact]
    public async Task FiftyNodes_OneRun_MeasuresEveryFigure()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var id = new StrongBox<Guid>();
        await using var app = await AppProcess.StartBuiltAsync(DesignSeeding.Saving(BigDesigns.AgentsAndTools(50), id), cancellationToken);
        var page = await browser.NewPageAsync(app.BaseAddress);
        try
        {
            var run = await CanvasOpenProbe.MeasureAsync(page, $"/designs/{id.Value}", 30_000);

            Assert.True(run.FirstGraphPaintMs > 0 && run.InteractiveMs >= run.FirstGraphPaintMs, $"paint {run.FirstGraphPaintMs} ms, interactive {run.InteractiveMs} ms");
            // Two seconds of dragging draw frames even on a slow machine; the pan and the zoom draw some.
            Assert.True(run.Drag.Frames >= 10, $"drag: {run.Drag}");
            Assert.True(run.Pan.Frames > 0 && run.Zoom1s.Frames > 0, $"pan: {run.Pan}, zoom: {run.Zoom1s}");
            Assert.True(run.JsHeapBytes > 100_000, $"JS heap {run.JsHeapBytes} bytes");
            // The prerendered page holds the nodes; the circuit then sends at least the interactive render.
            Assert.True(run.HtmlBytes > 10_000 && run.CircuitBytesOnOpen > 1_000, $"HTML {run.HtmlBytes} bytes, circuit {run.CircuitBytesOnOpen} bytes");
            Assert.Contains("| 50 / 100 |", CanvasTable.Markdown([new CanvasSizeResult(50, [run], null, null)], "smoke"));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
