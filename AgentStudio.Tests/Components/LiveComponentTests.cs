using AgentStudio.Components;
using Bunit;
using Microsoft.AspNetCore.Components.Rendering;

namespace AgentStudio.Tests.Components;

/// <summary>
/// Components that re-render on changes raised on other threads (a streaming run, a finished save, another circuit)
/// apply the change on their own thread, and a render that fails there reaches the renderer instead of vanishing.
/// </summary>
public sealed class LiveComponentTests : IAsyncDisposable
{
    private readonly BunitContext _context = new();

    [Fact]
    public async Task AChangeFromAnotherThread_IsAppliedAndRenderedOnTheComponentsThread()
    {
        var cut = _context.Render<Counter>();

        await Task.Run(() => cut.Instance.ChangeElsewhere(() => cut.Instance.Count = 3), Xunit.TestContext.Current.CancellationToken);

        cut.WaitForAssertion(() => Assert.Equal("3", cut.Find("output").TextContent), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task AChangeThatFails_IsReportedToTheRenderer_NotDropped()
    {
        var cut = _context.Render<Counter>();

        // A failed render reaches the renderer by itself; a failure while applying the change happens in a task that
        // nobody awaits, and was lost.
        await Task.Run(() => cut.Instance.ChangeElsewhere(() => throw new InvalidOperationException(Counter.Failure)), Xunit.TestContext.Current.CancellationToken);

        var reported = await _context.Renderer.UnhandledException.WaitAsync(TimeSpan.FromSeconds(10), Xunit.TestContext.Current.CancellationToken);
        Assert.Equal(Counter.Failure, reported.Message);
    }

    public ValueTask DisposeAsync() => _context.DisposeAsync();

    /// <summary>Shows a number.</summary>
    private sealed class Counter : LiveComponent
    {
        public const string Failure = "the change failed";

        public int Count { get; set; }

        public void ChangeElsewhere(Action update) => RenderFromAnyThread(update);

        protected override void BuildRenderTree(RenderTreeBuilder builder)
        {
            builder.OpenElement(0, "output");
            builder.AddContent(1, Count);
            builder.CloseElement();
        }
    }
}
