namespace AgentStudio.Core.Designs;

/// <summary>Where a node sits on the canvas, in canvas units (top-left corner).</summary>
/// <param name="X">Horizontal position; grows to the right.</param>
/// <param name="Y">Vertical position; grows downwards.</param>
public readonly record struct CanvasPosition(double X, double Y);
