namespace AgentStudio.Tests.Browser.CanvasMeasuring;

/// <summary>The runs at one design size, and the server's managed memory per open circuit at that size.</summary>
/// <param name="Nodes">The design's nodes (its links are twice as many).</param>
/// <param name="Runs">One entry per opening of the designer.</param>
/// <param name="DesignerCircuitBytes">Heap growth per open designer page: (heap with the run pages open − baseline) / runs.</param>
/// <param name="PlaygroundCircuitBytes">Heap growth per open playground page that answered one message.</param>
internal sealed record CanvasSizeResult(int Nodes, IReadOnlyList<CanvasRun> Runs, long? DesignerCircuitBytes, long? PlaygroundCircuitBytes);
