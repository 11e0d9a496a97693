namespace AgentStudio.Tests.Browser.CanvasMeasuring;

/// <summary>
/// What one opening of a design in the designer measured. Times are milliseconds since navigation started, on the
/// page's clock.
/// </summary>
/// <param name="FirstGraphPaintMs">When the first frame with a node in it (the prerendered page, usually) was on screen: the start of the frame after it.</param>
/// <param name="InteractiveMs">When the frame in which the canvas said it was ready was on screen (the start of the next frame); a drag started right after it.</param>
/// <param name="Zoom">The zoom the design opened at (fit, in a fresh browser).</param>
/// <param name="Drag">A 2 s drag of one node.</param>
/// <param name="Pan">A 1 s pan of the canvas.</param>
/// <param name="Zoom1s">A 1 s wheel zoom in and out around the canvas's centre.</param>
/// <param name="JsHeapBytes">The page's JavaScript heap after a collection, once opened.</param>
/// <param name="HtmlBytes">The size of the designer's HTML (the prerendered page).</param>
/// <param name="CircuitBytesOnOpen">What the server sent over the circuit's websocket until the canvas was ready.</param>
internal sealed record CanvasRun(
    double FirstGraphPaintMs,
    double InteractiveMs,
    string Zoom,
    FrameStats Drag,
    FrameStats Pan,
    FrameStats Zoom1s,
    long JsHeapBytes,
    long HtmlBytes,
    long CircuitBytesOnOpen);
