using static AgentStudio.Tests.Browser.BrowserFlows;

namespace AgentStudio.Tests.Browser;

/// <summary>
/// The links' elements are written by code (DiagramCanvas.razor.cs), which gets no scope attribute from the component's
/// stylesheet: each must still get its look from it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DiagramLinkStylesBrowserTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Links_AreStrokedLines_AndTheirHitPathsAreInvisible()
    {
        var page = await fixture.NewPageAsync();
        await BrowserFixture.GotoInteractiveAsync(page, "/designs");
        await OpenNewFromTemplateAsync(page, "hybrid-support", "Link styles");

        var styles = await DesignerCanvas(page).EvaluateAsync<string[]>(
            """
            canvas => [...canvas.querySelectorAll('.diagram-link, .diagram-link-hit')].map(el => {
                const s = getComputedStyle(el);
                return `${el.classList.contains('diagram-link-hit') ? 'hit' : 'link'} fill=${s.fill} stroke-is-transparent=${s.stroke === 'rgba(0, 0, 0, 0)'} pointer-events=${s.pointerEvents}`;
            })
            """);

        Assert.NotEmpty(styles);
        // A link is a line (no fill) in its kind's colour; the wide path beside it takes clicks and shows nothing.
        Assert.All(styles.Where(s => s.StartsWith("link", StringComparison.Ordinal)), s => Assert.StartsWith("link fill=none stroke-is-transparent=false", s, StringComparison.Ordinal));
        Assert.All(styles.Where(s => s.StartsWith("hit", StringComparison.Ordinal)), s => Assert.Equal("hit fill=none stroke-is-transparent=true pointer-events=stroke", s));
        Assert.Contains(styles, s => s.StartsWith("hit", StringComparison.Ordinal));
    }
}
