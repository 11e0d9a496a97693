using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static AgentStudio.Tests.Browser.BrowserFlows;
using static AgentStudio.Tests.Browser.DesignerFlows;

namespace AgentStudio.Tests.Browser;

/// <summary>The designer at 1280×720 without a mouse: palette, nodes, moves, connections and what a screen reader hears.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DesignerKeyboardBrowserTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private async Task<(IPage Page, string Id)> OpenBlankAt1280Async(string name)
    {
        var page = await fixture.NewPageAsync();
        await page.SetViewportSizeAsync(1280, 720);
        var id = await OpenNewFromTemplateAsync(page, "blank", name);
        return (page, id);
    }

    private static async Task<(double X, double Y)> PositionAsync(IPage page, string nodeId)
    {
        var style = await DesignerCanvas(page).GetByTestId($"node-{nodeId}").EvaluateAsync<double[]>("el => [parseFloat(el.style.left), parseFloat(el.style.top)]");
        return (style[0], style[1]);
    }

    [Fact]
    public async Task KeyboardAlone_BuildsTriageWithTwoSpecialists_ConnectedByHandoffs_AndSavesThem()
    {
        var (page, id) = await OpenBlankAt1280Async("Keyboard support");
        var canvas = DesignerCanvas(page);
        var announcer = page.GetByTestId("canvas-announcer");

        // From here on the keyboard alone: no click, hover or drag.
        await AddWithKeyboardAsync(page, "agent", "agent-1", backwards: false);
        await Assertions.Expect(announcer).ToHaveTextAsync("Agent1 added");
        await TabToNodeAsync(page, "agent-1");
        await RenameFocusedNodeWithKeyboardAsync(page, "agent-1", "TriageAgent");

        await AddWithKeyboardAsync(page, "agent", "agent-2");
        await TabToNodeAsync(page, "agent-2");
        await RenameFocusedNodeWithKeyboardAsync(page, "agent-2", "BillingAgent");
        // Shift+arrows move the focused node a grid step at a time: the specialist goes right of and above the triage.
        var before = await PositionAsync(page, "agent-2");
        for (var i = 0; i < 15; i++)
        {
            await page.Keyboard.PressAsync("Shift+ArrowRight");
        }

        for (var i = 0; i < 5; i++)
        {
            await page.Keyboard.PressAsync("Shift+ArrowUp");
        }

        await Assertions.Expect(announcer).ToHaveTextAsync($"BillingAgent moved to {before.X + 300}, {before.Y - 100}");

        await AddWithKeyboardAsync(page, "agent", "agent-3");
        await TabToNodeAsync(page, "agent-3");
        await RenameFocusedNodeWithKeyboardAsync(page, "agent-3", "TechnicalAgent");
        for (var i = 0; i < 18; i++)
        {
            await page.Keyboard.PressAsync("Shift+ArrowRight");
        }

        for (var i = 0; i < 6; i++)
        {
            await page.Keyboard.PressAsync("Shift+ArrowDown");
        }

        // The arrow keys move the focus (and the selection) to the nearest node that way: the triage is left of both
        // specialists, the technical one (added where the view had followed the billing one) right of the billing one.
        await Assertions.Expect(canvas.GetByTestId("node-agent-3")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("ArrowLeft");
        await Assertions.Expect(canvas.GetByTestId("node-agent-2")).ToBeFocusedAsync();
        await Assertions.Expect(announcer).ToHaveTextAsync("BillingAgent selected");
        await page.Keyboard.PressAsync("ArrowLeft");
        await Assertions.Expect(canvas.GetByTestId("node-agent-1")).ToBeFocusedAsync();
        await Assertions.Expect(announcer).ToHaveTextAsync("TriageAgent selected");

        // C on an agent: "Connect to…" lists what the rules allow; Tab to a target and Enter draws the edge.
        await OpenConnectDialogAsync(page);
        await TabToAsync(page, page.GetByTestId("connect-handoff-agent-2"));
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(announcer).ToHaveTextAsync("Connected TriageAgent → BillingAgent by handoff");
        await Assertions.Expect(canvas.GetByTestId("node-agent-1")).ToBeFocusedAsync();
        await EditAndWaitForItsSaveAsync(page, async () =>
        {
            await OpenConnectDialogAsync(page);
            await TabToAsync(page, page.GetByTestId("connect-handoff-agent-3"));
            await page.Keyboard.PressAsync("Enter");
            await Assertions.Expect(announcer).ToHaveTextAsync("Connected TriageAgent → TechnicalAgent by handoff");
        });
        await Assertions.Expect(canvas.GetByTestId("node-agent-1")).ToBeFocusedAsync();

        // Escape clears the selection; the focus stays on the canvas.
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(announcer).ToHaveTextAsync("Selection cleared");
        await Assertions.Expect(canvas.Locator(".diagram-node.selected")).ToHaveCountAsync(0);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "agentstudio-designer-keyboard.png") });

        await page.ReloadAsync();
        await WaitForDesignerAsync(page, id);
        await Assertions.Expect(canvas.Locator("path.diagram-link.handoff[data-source='agent-1'][data-target='agent-2']")).ToHaveCountAsync(1);
        await Assertions.Expect(canvas.Locator("path.diagram-link.handoff[data-source='agent-1'][data-target='agent-3']")).ToHaveCountAsync(1);
        await Assertions.Expect(canvas.GetByTestId("node-agent-2")).ToContainTextAsync("BillingAgent");
        Assert.Equal((before.X + 300, before.Y - 100), await PositionAsync(page, "agent-2"));
        // Nodes are named for screen readers.
        await Assertions.Expect(canvas.GetByTestId("node-agent-1")).ToHaveAttributeAsync("aria-label", new Regex("^TriageAgent entry .*, agent"));
        await Assertions.Expect(canvas.GetByTestId("node-agent-1")).ToHaveAttributeAsync("role", "button");
    }

    [Fact]
    public async Task PaletteAdds_ByClickAndByKey_LandInsideTheVisibleCanvas_WhereverItIsPanned()
    {
        var (page, _) = await OpenBlankAt1280Async("Palette placement");
        var canvas = DesignerCanvas(page);
        var box = (await canvas.BoundingBoxAsync())!;
        // Look somewhere else than the origin first: the new nodes must follow the view.
        await page.Mouse.MoveAsync(box.X + (box.Width / 2), box.Y + (box.Height / 2));
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(box.X + (box.Width / 2) - 250, box.Y + (box.Height / 2) - 150, new() { Steps = 5 });
        await page.Mouse.UpAsync();

        var nodes = canvas.Locator(".diagram-node");
        for (var i = 1; i <= 5; i++)
        {
            await page.GetByTestId("palette-agent").ClickAsync();
            await Assertions.Expect(nodes).ToHaveCountAsync(i);
        }

        // The focus is on the agent item after the clicks: Enter and Space add too.
        await page.GetByTestId("palette-agent").FocusAsync();
        for (var i = 6; i <= 10; i++)
        {
            await page.Keyboard.PressAsync(i % 2 == 0 ? "Enter" : " ");
            await Assertions.Expect(nodes).ToHaveCountAsync(i);
        }

        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "agentstudio-designer-palette.png") });
        var positions = new HashSet<(double, double)>();
        for (var i = 1; i <= 10; i++)
        {
            var node = (await canvas.GetByTestId($"node-agent-{i}").BoundingBoxAsync())!;
            Assert.True(node.X >= box.X && node.Y >= box.Y && node.X + node.Width <= box.X + box.Width && node.Y + node.Height <= box.Y + box.Height,
                $"Agent{i} at ({node.X}, {node.Y}, {node.Width}×{node.Height}) is outside the visible canvas ({box.X}, {box.Y}, {box.Width}×{box.Height}).");
            Assert.True(positions.Add(await PositionAsync(page, $"agent-{i}")), $"Agent{i} sits exactly on another node.");
        }
    }

    [Fact]
    public async Task CopyPaste_NamesCopiesWithoutStacking_AndPastesBesideTheOriginal()
    {
        var (page, _) = await OpenBlankAt1280Async("Copy names");
        var canvas = DesignerCanvas(page);
        await page.GetByTestId("palette-agent").ClickAsync();
        await RenameSelectedAsync(page, "Agent1", "BillingAgent");
        await canvas.GetByTestId("node-agent-1").ClickAsync();

        await CopyAsync(page, "BillingAgent");
        await page.Keyboard.PressAsync("Control+v");
        await Assertions.Expect(canvas.GetByTestId("node-agent-2")).ToContainTextAsync("BillingAgent copy");
        await page.Keyboard.PressAsync("Control+v");
        await Assertions.Expect(canvas.GetByTestId("node-agent-3")).ToContainTextAsync("BillingAgent copy 2");
        // A copy of a copy counts on from the original's name.
        await CopyAsync(page, "BillingAgent copy 2");
        await page.Keyboard.PressAsync("Control+v");
        await Assertions.Expect(canvas.GetByTestId("node-agent-4")).ToContainTextAsync("BillingAgent copy 3");

        var positions = new List<(double X, double Y)>();
        for (var i = 1; i <= 4; i++)
        {
            positions.Add(await PositionAsync(page, $"agent-{i}"));
        }

        Assert.Equal(4, positions.Distinct().Count());
        Assert.NotEqual(positions[0], positions[1]);
        await Assertions.Expect(canvas.Locator(".diagram-node-name", new() { HasTextRegex = new Regex("copy copy|Copy", RegexOptions.None) })).ToHaveCountAsync(0);
    }

    // Ctrl+C goes to the server and back before the clipboard is in local storage: wait for it, then paste.
    private static async Task CopyAsync(IPage page, string name)
    {
        await page.Keyboard.PressAsync("Control+c");
        await page.WaitForFunctionAsync("name => (localStorage.getItem('agentstudio-clipboard') || '').includes(JSON.stringify(name))", name);
    }

    [Fact]
    public async Task DesignNameAndDescription_AreEditedInTheDesigner_Undoable_AndKept()
    {
        var (page, id) = await OpenBlankAt1280Async("Unnamed idea");
        var title = page.GetByTestId("designer-name");

        await title.ClickAsync();
        var input = page.GetByTestId("designer-name-input");
        await Assertions.Expect(input).ToBeFocusedAsync();
        await input.FillAsync("Refund desk");
        await input.PressAsync("Enter");
        await Assertions.Expect(title).ToHaveTextAsync("Refund desk");
        await Assertions.Expect(title).ToBeFocusedAsync();

        // The rename is one undoable step.
        await page.GetByTestId("undo").ClickAsync();
        await Assertions.Expect(title).ToHaveTextAsync("Unnamed idea");
        await page.GetByTestId("redo").ClickAsync();
        await Assertions.Expect(title).ToHaveTextAsync("Refund desk");

        // Enter on the focused title renames too, and Escape keeps the name.
        await title.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(input).ToBeFocusedAsync();
        await page.Keyboard.InsertTextAsync(" (draft)");
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(title).ToHaveTextAsync("Refund desk");

        // With nothing selected the property panel edits the design itself.
        await EditAndWaitForItsSaveAsync(page, () => page.GetByTestId("prop-design-description").FillAsync("Answers refund questions and hands off to billing."));

        await page.ReloadAsync();
        await WaitForDesignerAsync(page, id);
        await Assertions.Expect(title).ToHaveTextAsync("Refund desk");
        await Assertions.Expect(page.GetByTestId("prop-design-description")).ToHaveValueAsync("Answers refund questions and hands off to billing.");
        await Assertions.Expect(page).ToHaveTitleAsync(new Regex("^Refund desk"));

        await BrowserFixture.GotoInteractiveAsync(page, "/designs");
        var row = DesignRow(page, id);
        await Assertions.Expect(row.GetByTestId("open-design")).ToHaveTextAsync("Refund desk");
        await Assertions.Expect(row).ToContainTextAsync("Answers refund questions and hands off to billing.");
    }

    [Fact]
    public async Task ALongDesignName_StaysOnOneLine_WithTheFullNameInItsTooltip()
    {
        const string Name = "Customer support with billing, technical, returns, warranty and shipping specialists";
        var (page, _) = await OpenBlankAt1280Async(Name);
        var title = page.GetByTestId("designer-name");
        await Assertions.Expect(title).ToHaveTextAsync(Name);

        var measured = await title.EvaluateAsync<double[]>(
            "el => [el.getBoundingClientRect().height, parseFloat(getComputedStyle(el).lineHeight), el.scrollWidth, el.clientWidth]");
        var (height, lineHeight) = (measured[0], measured[1]);
        Assert.True(height < (lineHeight * 1.5) + 8, $"The title is {height}px high, more than one {lineHeight}px line.");
        Assert.True(measured[2] > measured[3], "The long name is not cut with an ellipsis.");
        await Assertions.Expect(title).ToHaveAttributeAsync("title", new Regex($"^{Regex.Escape(Name)}"));
        // The toolbar keeps its buttons on the same line as the title.
        var titleBox = (await title.BoundingBoxAsync())!;
        var playground = (await page.GetByTestId("open-playground").BoundingBoxAsync())!;
        Assert.True(titleBox.Y < playground.Y + playground.Height && titleBox.Y + titleBox.Height > playground.Y, "The title is not on the toolbar's line.");
        // Only the title gives way: the button beside it keeps its whole label.
        Assert.True(await page.GetByTestId("open-playground").EvaluateAsync<bool>("el => el.scrollWidth <= el.clientWidth"), "The Playground button is cut.");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "agentstudio-designer-long-title.png") });
    }
}
