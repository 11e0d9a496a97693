using AgentStudio.Core.Validation;
using Microsoft.Playwright;
using static AgentStudio.Tests.Browser.BrowserFlows;
using static AgentStudio.Tests.Browser.DesignerFlows;

namespace AgentStudio.Tests.Browser;

/// <summary>The designer's problems panel lists what the validator finds about tools as the user edits them.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ProblemsPanelBrowserTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task UnusedTools_AnHttpToolWithoutUrl_AndAnMcpToolWithoutCommand_AreListed()
    {
        var page = await fixture.NewPageAsync();
        await page.SetViewportSizeAsync(1280, 720);
        await OpenNewFromTemplateAsync(page, "blank", "Tool problems");
        var problems = page.GetByTestId("problems-panel").GetByTestId("problem");
        ILocator Listed(string code) => problems.Filter(new() { HasText = code });

        await DragFromPaletteAsync(page, "agent", 120, 150);
        await DragFromPaletteAsync(page, "tool:http", 420, 100);
        await Assertions.Expect(Listed(ProblemCodes.UnusedTool)).ToHaveCountAsync(1);
        await Assertions.Expect(Listed(ProblemCodes.UnusedTool)).ToContainTextAsync("is unused");
        var url = page.GetByTestId("prop-http-url");
        await url.FillAsync("");
        await url.PressAsync("Tab");
        await Assertions.Expect(Listed(ProblemCodes.HttpToolWithoutUrl)).ToContainTextAsync("has no URL");

        await DragFromPaletteAsync(page, "tool:mcp", 420, 300);
        await Assertions.Expect(Listed(ProblemCodes.UnusedTool)).ToHaveCountAsync(2);
        var command = page.GetByTestId("prop-mcp-command");
        await command.FillAsync("");
        await command.PressAsync("Tab");
        await Assertions.Expect(Listed(ProblemCodes.McpTransport)).ToContainTextAsync("neither a command");

        // Used by the agent, the HTTP tool is no longer unused; the MCP tool still is.
        await ConnectAsync(page, "tool", "agent-1", "tool-1");
        await Assertions.Expect(DesignerCanvas(page).Locator("path.diagram-link.tool")).ToHaveCountAsync(1);
        await Assertions.Expect(Listed(ProblemCodes.UnusedTool)).ToHaveCountAsync(1);
        await Assertions.Expect(Listed(ProblemCodes.UnusedTool)).ToContainTextAsync("tool-2");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "agentstudio-tool-problems.png") });
    }

    [Fact]
    public async Task WithTheKeyboardAlone_AProblemIsReached_AndEnterSelectsItsNode()
    {
        var page = await fixture.NewPageAsync();
        await page.SetViewportSizeAsync(1280, 720);
        await OpenNewFromTemplateAsync(page, "blank", "Keyboard problems");
        await DragFromPaletteAsync(page, "agent", 120, 150);
        await DragFromPaletteAsync(page, "tool:mock", 420, 100);
        var tool = DesignerCanvas(page).GetByTestId("node-tool-1");
        var selected = new System.Text.RegularExpressions.Regex(@"\bselected\b");
        await DesignerCanvas(page).ClickAsync(new() { Position = new() { X = 300, Y = 400 } });
        await Assertions.Expect(tool).Not.ToHaveClassAsync(selected);

        var unused = page.GetByTestId("problems-panel").GetByTestId("problem").Filter(new() { HasText = ProblemCodes.UnusedTool })
            .GetByTestId("problem-button");
        await TabToAsync(page, unused);
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(tool).ToHaveClassAsync(selected);
    }
}
