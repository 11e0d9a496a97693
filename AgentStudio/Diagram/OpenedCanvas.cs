using Microsoft.JSInterop;

namespace AgentStudio.Diagram;

/// <summary>
/// What wwwroot/js/diagram/index.js's <c>open</c> answers: the canvas's browser half, for the calls that follow, and the
/// area it shows ([x, y, width, height, zoom] in canvas units), which the server renders.
/// </summary>
internal sealed record OpenedCanvas(IJSObjectReference Handle, double[]? View);
