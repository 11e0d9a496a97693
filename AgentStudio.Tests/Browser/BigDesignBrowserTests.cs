using System.Globalization;
using System.Text.RegularExpressions;
using AgentStudio.Tests.Support;
using Microsoft.Playwright;
using static AgentStudio.Tests.Browser.BrowserFlows;

namespace AgentStudio.Tests.Browser;

/// <summary>
/// A design of 100 agents (a triage, 10 managers by handoff, 89 specialists as tools) at 1280×720: auto-layout and
/// fit show all of it with the entry agent, and the playground keeps the running agent in view.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class BigDesignBrowserTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private async Task<(IPage Page, string Id)> ImportHundredAgentsAsync()
    {
        var page = await fixture.NewPageAsync();
        await page.SetViewportSizeAsync(1280, 720);
        await BrowserFixture.GotoInteractiveAsync(page, "/designs");
        var id = await ImportDesignAsync(page, BigDesigns.TriageManagersSpecialists());
        return (page, id);
    }

    [Fact]
    public async Task HundredAgents_AutoLayoutThenFit_ShowsEveryNode_AndTheEntryAgent()
    {
        var (page, id) = await ImportHundredAgentsAsync();
        await OpenDesignAsync(page, id);
        await Assertions.Expect(DesignerCanvas(page).Locator(".diagram-node")).ToHaveCountAsync(100);

        await page.GetByTestId("auto-layout").ClickAsync();
        await Assertions.Expect(page.GetByTestId("undo")).ToBeEnabledAsync();
        await page.GetByTestId("fit").ClickAsync();

        await ExpectNodesInsideAsync(page, DesignerCanvasSelector);
        // Inside, but not hidden under the minimap in the canvas's corner either.
        var underMinimap = await DesignerCanvas(page).EvaluateAsync<string[]>(
            """
            canvas => {
                const m = canvas.querySelector('.diagram-minimap').getBoundingClientRect();
                return [...canvas.querySelectorAll('.diagram-node')]
                    .filter(n => { const b = n.getBoundingClientRect(); return b.right > m.left && b.left < m.right && b.bottom > m.top && b.top < m.bottom; })
                    .map(n => n.dataset.id);
            }
            """);
        Assert.Empty(underMinimap);
        await Assertions.Expect(DesignerCanvas(page).GetByTestId("node-triage")).ToBeInViewportAsync(new() { Ratio = 0.99f });
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "agentstudio-hundred-agents-designer.png") });
    }

    [Fact]
    public async Task HundredAgents_Playground_PansTheRunningAgentIntoView()
    {
        var (page, id) = await ImportHundredAgentsAsync();
        await BrowserFixture.GotoInteractiveAsync(page, $"/designs/{id}/play");
        await WaitForPlaygroundAsync(page, id);
        var canvas = PlaygroundCanvas(page);
        // Opened, the playground fits the whole design.
        await ExpectNodesInsideAsync(page, PlaygroundCanvasSelector);

        // The user zooms in on the top-left corner, away from the last manager, whose desk the message asks for.
        var box = (await canvas.BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(box.X + 10, box.Y + 10);
        // How far out fit went depends on the canvas's size: wheel until the nodes are at full size.
        for (var turns = 0; turns < 20 && double.Parse((await canvas.GetAttributeAsync("data-zoom"))!, CultureInfo.InvariantCulture) < 1; turns++)
        {
            await page.Mouse.WheelAsync(0, -400);
        }

        await Assertions.Expect(canvas).ToHaveAttributeAsync("data-zoom", new Regex(@"^(1|2)\."));
        const string LastManager = "m9";
        // Out of view: drawn in the margin outside the canvas, or (farther) not drawn at all.
        Assert.True(
            await canvas.GetByTestId($"node-{LastManager}").CountAsync() == 0
                || (await NodesOutsideAsync(page, PlaygroundCanvasSelector, LastManager)).SequenceEqual([LastManager]),
            "the last manager is in view before the run");

        await page.GetByTestId("chat-input").FillAsync($"A {BigDesigns.ManagerTopics[9]} trip");
        await page.GetByTestId("send").ClickAsync();

        await Assertions.Expect(canvas.GetByTestId($"node-{LastManager}")).ToHaveClassAsync(new Regex(@"\bactive\b"), new() { Timeout = 20_000 });
        await ExpectNodesInsideAsync(page, PlaygroundCanvasSelector, LastManager);
        await Assertions.Expect(page.GetByTestId("chat-outcome")).ToHaveAttributeAsync("data-status", "completed", new() { Timeout = 20_000 });
        await ExpectNodesInsideAsync(page, PlaygroundCanvasSelector, LastManager);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "agentstudio-hundred-agents-playground.png") });
    }
}
