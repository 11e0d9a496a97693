using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Playwright;

namespace AgentStudio.Tests.Browser.CanvasMeasuring;

/// <summary>
/// Opens a design in the designer on a fresh page and measures it as a user meets it: the first graph paint, the
/// moment the canvas is ready (and that a node then follows the mouse), a 2 s node drag, a 1 s pan, a 1 s wheel
/// zoom, the JavaScript heap, and the bytes of the page and of the circuit on opening. The page stays open, so that
/// its circuit can be counted in the server's memory.
/// </summary>
internal static class CanvasOpenProbe
{
    /// <summary>How long a gesture of the measurement lasts (the drag: twice this).</summary>
    private static readonly TimeSpan Gesture = TimeSpan.FromSeconds(1);

    /// <summary>Opens <paramref name="designerPath"/> (<c>/designs/{id}</c>) on <paramref name="page"/>, which must be new, and measures it.</summary>
    public static async Task<CanvasRun> MeasureAsync(IPage page, string designerPath, float timeoutMs)
    {
        await page.AddInitScriptAsync(CanvasProbeScript.Init);
        var circuit = new ReceivedBytes(page);
        var response = await page.GotoAsync(designerPath, new() { Timeout = timeoutMs });
        var htmlBytes = response is null ? 0 : (await response.BodyAsync()).LongLength;
        var canvas = BrowserFlows.DesignerCanvas(page);
        await Assertions.Expect(canvas).ToHaveAttributeAsync("data-ready", "true", new() { Timeout = timeoutMs });
        var bytesOnOpen = circuit.Total;
        await page.WaitForFunctionAsync(CanvasProbeScript.ReadySeen, null, new() { Timeout = timeoutMs });
        var times = await page.EvaluateAsync<double?[]>(CanvasProbeScript.Times);
        var heap = await JsHeapBytesAsync(page);

        var target = await page.EvaluateAsync<string[]?>(CanvasProbeScript.NodeToDrag);
        Assert.True(target is not null, "No node of the design is wholly on screen to drag.");
        var (id, x, y, zoom) = (target[0], Number(target[1]), Number(target[2]), target[3]);
        var revision = await page.GetByTestId("save-status").GetAttributeAsync("data-revision");
        var drag = await DragAsync(page, id, x, y, timeoutMs);
        // The drag ends with one commit: wait for it to be saved, so that its re-render is not counted in the pan.
        await Assertions.Expect(page.GetByTestId("save-status")).Not.ToHaveAttributeAsync("data-revision", revision ?? "", new() { Timeout = timeoutMs });
        await Assertions.Expect(page.GetByTestId("save-status")).ToHaveAttributeAsync("data-state", "saved", new() { Timeout = timeoutMs });
        var pan = await PanAsync(page);
        var wheel = await ZoomAsync(page, canvas);
        return new CanvasRun(times[0] ?? double.NaN, times[1] ?? double.NaN, zoom, drag, pan, wheel, heap, htmlBytes, bytesOnOpen);
    }

    // Presses on the node, checks that it follows the pointer (the drag started), then moves it in a loop for twice
    // the gesture time and releases it; the frames counted are those after the drag started.
    private static async Task<FrameStats> DragAsync(IPage page, string id, double x, double y, float timeoutMs)
    {
        var before = await page.EvaluateAsync<double[]>(CanvasProbeScript.NodePosition, id);
        await page.Mouse.MoveAsync((float)x, (float)y);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync((float)x + 8, (float)y + 6);
        await page.Mouse.MoveAsync((float)x + 16, (float)y + 12);
        await page.WaitForFunctionAsync(
            $"([id, left, top]) => {{ const p = ({CanvasProbeScript.NodePosition})(id); return !!p && Math.hypot(p[0] - left, p[1] - top) > 5; }}",
            new object[] { id, before[0], before[1] },
            new() { Timeout = timeoutMs });
        var frames = await RecordAsync(page, 2 * Gesture, t => page.Mouse.MoveAsync((float)(x + 16 + (60 * Math.Sin(t * Math.PI))), (float)(y + 12 + (40 * (1 - Math.Cos(t * Math.PI))))));
        await page.Mouse.UpAsync();
        return frames;
    }

    private static async Task<FrameStats> PanAsync(IPage page)
    {
        var spot = await page.EvaluateAsync<double[]?>(CanvasProbeScript.EmptySpot);
        Assert.True(spot is not null, "No empty spot of the canvas to pan from.");
        var (x, y) = (spot[0], spot[1]);
        await page.Mouse.MoveAsync((float)x, (float)y);
        await page.Mouse.DownAsync();
        var frames = await RecordAsync(page, Gesture, t => page.Mouse.MoveAsync((float)(x + (80 * Math.Sin(t * Math.PI))), (float)(y + (50 * (1 - Math.Cos(t * Math.PI))))));
        await page.Mouse.UpAsync();
        return frames;
    }

    // Wheel notches in and out, alternately, around the canvas's centre: the zoom stays near where it was.
    private static async Task<FrameStats> ZoomAsync(IPage page, ILocator canvas)
    {
        var box = await canvas.BoundingBoxAsync() ?? throw new InvalidOperationException("The canvas has no box.");
        await page.Mouse.MoveAsync(box.X + (box.Width / 2), box.Y + (box.Height / 2));
        var notch = 0;
        return await RecordAsync(page, Gesture, _ => page.Mouse.WheelAsync(0, notch++ % 2 == 0 ? -120 : 120));
    }

    // Records the page's frames while the step runs again and again for the duration; the step gets the seconds elapsed.
    private static async Task<FrameStats> RecordAsync(IPage page, TimeSpan duration, Func<double, Task> step)
    {
        await page.EvaluateAsync(CanvasProbeScript.Record);
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < duration)
        {
            await step(clock.Elapsed.TotalSeconds);
        }

        return FrameStats.Of(await page.EvaluateAsync<double[]>(CanvasProbeScript.Stop));
    }

    // The heap after a full collection, through the DevTools protocol (performance.memory is rounded).
    private static async Task<long> JsHeapBytesAsync(IPage page)
    {
        var devTools = await page.Context.NewCDPSessionAsync(page);
        await devTools.SendAsync("HeapProfiler.collectGarbage");
        var usage = await devTools.SendAsync("Runtime.getHeapUsage");
        await devTools.DetachAsync();
        return (long)usage!.Value.GetProperty("usedSize").GetDouble();
    }

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    /// <summary>Adds up what the page's websockets (the circuit) receive.</summary>
    private sealed class ReceivedBytes
    {
        private long _total;

        public ReceivedBytes(IPage page) =>
            page.WebSocket += (_, socket) => socket.FrameReceived += (_, frame) =>
                Interlocked.Add(ref _total, frame.Binary?.LongLength ?? Encoding.UTF8.GetByteCount(frame.Text ?? ""));

        public long Total => Interlocked.Read(ref _total);
    }
}
