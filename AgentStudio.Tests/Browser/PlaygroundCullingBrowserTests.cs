using System.Globalization;
using System.Text.RegularExpressions;
using AgentStudio.Core.Designs;
using AgentStudio.Tests.Support;
using Microsoft.Playwright;
using static AgentStudio.Tests.Browser.BrowserFlows;

namespace AgentStudio.Tests.Browser;

/// <summary>
/// The playground's diagram, like the designer's, has only the nodes in view (and a margin) in the page: zoomed in on
/// one corner of a 100-agent design, the far corner is not drawn; the agent a run hands off to, far away, is panned to
/// and drawn, and what the view left behind is dropped.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PlaygroundCullingBrowserTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string Triage = "triage", LastManager = "m9";

    /// <summary>The triage design on a 10-column grid from the top left, with the last manager alone far down and right.</summary>
    private static DesignDocument FarManager()
    {
        var design = BigDesigns.TriageManagersSpecialists();
        var layout = design.Agents.Select((a, k) => (a.Id, k)).ToDictionary(p => p.Id, p => new CanvasPosition((p.k % 10) * 300, (p.k / 10) * 240));
        layout[LastManager] = new CanvasPosition(9000, 6000);
        return design with { Layout = layout };
    }

    private static Task<string[]> DrawnIdsAsync(ILocator canvas) =>
        canvas.EvaluateAsync<string[]>("canvas => [...canvas.querySelectorAll('.diagram-node')].map(n => n.dataset.id)");

    [Fact]
    public async Task ZoomedIn_FarNodesAreNotInThePage_AndTheAgentARunHandsOffToIsPannedToAndDrawn()
    {
        var page = await fixture.NewPageAsync();
        await page.SetViewportSizeAsync(1280, 720);
        await BrowserFixture.GotoInteractiveAsync(page, "/designs");
        var id = await ImportDesignAsync(page, FarManager());
        await BrowserFixture.GotoInteractiveAsync(page, $"/designs/{id}/play");
        await WaitForPlaygroundAsync(page, id);
        var canvas = PlaygroundCanvas(page);
        // Fitted, the whole design is in view, so all of it is drawn.
        await Assertions.Expect(canvas.Locator(".diagram-node")).ToHaveCountAsync(100);

        // The user zooms in on the triage agent, in the top-left corner: the wheel zooms around the pointer.
        var triage = (await canvas.GetByTestId($"node-{Triage}").BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(triage.X + 1, triage.Y + 1);
        for (var turns = 0; turns < 20 && double.Parse((await canvas.GetAttributeAsync("data-zoom"))!, CultureInfo.InvariantCulture) < 1; turns++)
        {
            await page.Mouse.WheelAsync(0, -400);
        }

        await Assertions.Expect(canvas).ToHaveAttributeAsync("data-zoom", new Regex(@"^(1|2)\."));
        await Assertions.Expect(canvas.GetByTestId($"node-{LastManager}")).ToHaveCountAsync(0);
        await Assertions.Expect(canvas.GetByTestId($"node-{Triage}")).ToHaveCountAsync(1);
        var drawn = await DrawnIdsAsync(canvas);
        Assert.InRange(drawn.Length, 1, 60);

        await SendMessageAsync(page, $"A {BigDesigns.ManagerTopics[9]} trip");

        await Assertions.Expect(canvas.GetByTestId($"node-{LastManager}")).ToHaveClassAsync(new Regex(@"\bactive\b"), new() { Timeout = 20_000 });
        await ExpectNodesInsideAsync(page, PlaygroundCanvasSelector, LastManager);
        await Assertions.Expect(page.GetByTestId("chat-outcome")).ToHaveAttributeAsync("data-status", "completed", new() { Timeout = 20_000 });
        // The view is around the last manager now: the triage agent, 10,000 units away and no longer running, is dropped.
        await Assertions.Expect(canvas.GetByTestId($"node-{Triage}")).ToHaveCountAsync(0);
        await Assertions.Expect(canvas.GetByTestId($"node-{LastManager}")).ToHaveCountAsync(1);
        await ExpectNodesInsideAsync(page, PlaygroundCanvasSelector, LastManager);
    }
}
