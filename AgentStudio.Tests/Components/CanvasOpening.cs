using AgentStudio.Diagram;
using Bunit;
using Microsoft.JSInterop;

namespace AgentStudio.Tests.Components;

/// <summary>Answers the diagram canvas's <c>open</c> call in bUnit as the browser would.</summary>
internal static class CanvasOpening
{
    /// <summary>
    /// In loose mode bUnit answers a call it was not told of with its type's default, null here, where the browser always
    /// answers a handle. This answers with a handle whose calls bUnit records (as loose mode's module references do) and
    /// the given view (none: the canvas renders its initial one).
    /// </summary>
    public static void AnswerCanvasOpen(this BunitJSInterop interop, double[]? view = null)
    {
        var handle = interop.JSRuntime.InvokeAsync<IJSObjectReference>("import", "canvas handle").AsTask().GetAwaiter().GetResult();
        interop.Setup<OpenedCanvas>("open", _ => true).SetResult(new OpenedCanvas(handle, view));
    }
}
