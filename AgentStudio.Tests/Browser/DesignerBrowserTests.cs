using Microsoft.Playwright;
using static AgentStudio.Tests.Browser.BrowserFlows;
using static AgentStudio.Tests.Browser.DesignerFlows;

namespace AgentStudio.Tests.Browser;

/// <summary>The designer in Chromium, with the mouse and keyboard: draw, connect, edit, undo, reload.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DesignerBrowserTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private static async Task<IPage> OpenBlankDesignAsync(AppFixture fixture, string name, IPage? samePage = null)
    {
        var page = samePage ?? await fixture.NewPageAsync();
        await OpenNewFromTemplateAsync(page, "blank", name);
        return page;
    }

    // A printable summary of a hub message, for failure messages.
    private static string Describe(string frame) =>
        new string([.. frame.Where(c => !char.IsControl(c)).Take(60)]);

    [Fact]
    public async Task DrawTheCustomerSupportDesign_ThenReload_AndFindItAsLeft()
    {
        var page = await OpenBlankDesignAsync(fixture, "Drawn support");

        await DragFromPaletteAsync(page, "agent", 150, 200);
        await RenameSelectedAsync(page, "Agent1", "TriageAgent");
        var instructions = page.GetByTestId("prop-instructions");
        await instructions.FillAsync("Route billing questions to billing and technical ones to technical support.");
        await instructions.PressAsync("Tab");
        await DragFromPaletteAsync(page, "agent", 550, 100);
        await RenameSelectedAsync(page, "Agent2", "BillingAgent");
        await DragFromPaletteAsync(page, "agent", 550, 330);
        await RenameSelectedAsync(page, "Agent3", "TechnicalAgent");
        await ConnectAsync(page, "handoff", "agent-1", "agent-2");
        await ConnectAsync(page, "handoff", "agent-1", "agent-3");

        await Assertions.Expect(page.Locator("path.diagram-link.handoff")).ToHaveCountAsync(2);
        await Assertions.Expect(page.GetByTestId("node-agent-1")).ToContainTextAsync("TriageAgent");
        await Assertions.Expect(page.GetByTestId("node-agent-1")).ToContainTextAsync("entry");
        await Assertions.Expect(page.GetByTestId("save-status")).ToHaveAttributeAsync("data-state", "saved");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "agentstudio-designer.png") });
        await DesignerCanvas(page).HoverAsync(new() { Position = new() { X = 30, Y = 30 } });
        await page.Mouse.WheelAsync(0, -200);
        var zoom = await DesignerCanvas(page).GetAttributeAsync("data-zoom");
        // The view is written to local storage shortly after the last change; reload only once it holds this zoom.
        await page.WaitForFunctionAsync(
            "zoom => Object.keys(localStorage).some(k => k.startsWith('agentstudio-view-') && Number(JSON.parse(localStorage.getItem(k)).zoom).toFixed(2) === zoom)",
            zoom);

        await page.ReloadAsync();
        await page.WaitForSelectorAsync("body[data-circuit='ready']");

        await Assertions.Expect(DesignerCanvas(page)).ToHaveAttributeAsync("data-ready", "true");
        await Assertions.Expect(page.Locator("path.diagram-link.handoff")).ToHaveCountAsync(2);
        await Assertions.Expect(page.GetByTestId("node-agent-2")).ToContainTextAsync("BillingAgent");
        await Assertions.Expect(page.GetByTestId("node-agent-3")).ToContainTextAsync("TechnicalAgent");
        // The pan and zoom come back as they were left.
        await Assertions.Expect(DesignerCanvas(page)).ToHaveAttributeAsync("data-zoom", zoom!);
        await page.GetByTestId("node-agent-1").ClickAsync();
        await Assertions.Expect(page.GetByTestId("prop-instructions")).ToHaveValueAsync("Route billing questions to billing and technical ones to technical support.");
    }

    [Fact]
    public async Task InvalidEdge_IsRefusedWithTheReason()
    {
        var page = await OpenBlankDesignAsync(fixture, "Refusals");
        await DragFromPaletteAsync(page, "agent", 150, 150);
        await DragFromPaletteAsync(page, "tool:mock", 550, 150);

        await ConnectAsync(page, "handoff", "agent-1", "tool-1");

        await Assertions.Expect(page.GetByTestId("designer-message")).ToContainTextAsync("Handoff edge 'edge-1' from Agent1 (agent-1) to tool tool_1 (tool-1) goes to a tool: a handoff transfers the conversation to another agent; connect the tool with a tool edge instead.");
        await Assertions.Expect(page.Locator("path.diagram-link")).ToHaveCountAsync(0);

        await ConnectAsync(page, "tool", "agent-1", "tool-1");

        await Assertions.Expect(page.Locator("path.diagram-link.tool")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task DeleteWithTheKeyboard_ThenUndoAndRedo()
    {
        var page = await OpenBlankDesignAsync(fixture, "Keyboard history");
        await DragFromPaletteAsync(page, "agent", 150, 150);
        await DragFromPaletteAsync(page, "agent", 550, 150);
        await ConnectAsync(page, "handoff", "agent-1", "agent-2");
        await Assertions.Expect(page.Locator("path.diagram-link.handoff")).ToHaveCountAsync(1);

        await page.GetByTestId("node-agent-2").ClickAsync();
        await page.Keyboard.PressAsync("Delete");

        await Assertions.Expect(page.GetByTestId("node-agent-2")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("path.diagram-link")).ToHaveCountAsync(0);

        await page.Keyboard.PressAsync("Control+z");
        await Assertions.Expect(page.GetByTestId("node-agent-2")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("path.diagram-link.handoff")).ToHaveCountAsync(1);

        await page.Keyboard.PressAsync("Control+y");
        await Assertions.Expect(page.GetByTestId("node-agent-2")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("save-status")).ToHaveAttributeAsync("data-state", "saved");
        await page.ReloadAsync();
        await page.WaitForSelectorAsync("body[data-circuit='ready']");
        await Assertions.Expect(page.GetByTestId("node-agent-1")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByTestId("node-agent-2")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task CopyInOneDesign_PasteInAnother_DuplicateAndMarqueeSelect()
    {
        var page = await OpenBlankDesignAsync(fixture, "Clipboard source");
        await DragFromPaletteAsync(page, "agent", 150, 150);
        await RenameSelectedAsync(page, "Agent1", "Researcher");
        await page.GetByTestId("node-agent-1").ClickAsync();
        await page.Keyboard.PressAsync("Control+c");
        await page.Keyboard.PressAsync("Control+d");
        await Assertions.Expect(page.GetByTestId("node-agent-2")).ToContainTextAsync("Researcher copy");

        // The same browser (the clipboard lives in its local storage), another design.
        var other = await OpenBlankDesignAsync(fixture, "Clipboard target", await page.Context.NewPageAsync());
        await DesignerCanvas(other).ClickAsync(new() { Position = new() { X = 20, Y = 20 } });
        await other.Keyboard.PressAsync("Control+v");
        await Assertions.Expect(other.GetByTestId("node-agent-1")).ToContainTextAsync("Researcher");

        await DragFromPaletteAsync(other, "note", 500, 400);
        var canvas = await DesignerCanvas(other).BoundingBoxAsync();
        await other.Keyboard.DownAsync("Shift");
        await other.Mouse.MoveAsync(canvas!.X + 5, canvas.Y + 5);
        await other.Mouse.DownAsync();
        await other.Mouse.MoveAsync(canvas.X + canvas.Width - 5, canvas.Y + canvas.Height - 5, new() { Steps = 5 });
        await other.Mouse.UpAsync();
        await other.Keyboard.UpAsync("Shift");
        await Assertions.Expect(other.Locator(".diagram-node.selected")).ToHaveCountAsync(2);
        await other.Keyboard.PressAsync("Delete");
        await Assertions.Expect(other.Locator(".diagram-node")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task AnotherTabSavedFirst_NothingIsOverwritten_AndTheUserReloads()
    {
        var first = await OpenBlankDesignAsync(fixture, "Two tabs");
        var url = first.Url;
        var second = await first.Context.NewPageAsync();
        await BrowserFixture.GotoInteractiveAsync(second, url);
        await Assertions.Expect(DesignerCanvas(second)).ToHaveAttributeAsync("data-ready", "true");

        await DragFromPaletteAsync(first, "agent", 150, 150);
        await Assertions.Expect(first.GetByTestId("save-status")).ToHaveAttributeAsync("data-state", "saved");
        await DragFromPaletteAsync(second, "note", 400, 300);

        await Assertions.Expect(second.GetByTestId("save-conflict")).ToBeVisibleAsync();
        await Assertions.Expect(second.GetByTestId("save-status")).ToHaveAttributeAsync("data-state", "conflict");
        await second.GetByTestId("conflict-reload").ClickAsync();

        await Assertions.Expect(second.GetByTestId("node-agent-1")).ToHaveCountAsync(1);
        await Assertions.Expect(second.GetByTestId("node-note-1")).ToHaveCountAsync(0);
        await Assertions.Expect(second.GetByTestId("save-status")).ToHaveAttributeAsync("data-state", "saved");
    }

    [Fact]
    public async Task AnotherTabSavedFirst_TheUserKeepsTheirWorkAsACopy()
    {
        var first = await OpenBlankDesignAsync(fixture, "Parallel edits");
        var second = await first.Context.NewPageAsync();
        await BrowserFixture.GotoInteractiveAsync(second, first.Url);
        await Assertions.Expect(DesignerCanvas(second)).ToHaveAttributeAsync("data-ready", "true");
        await DragFromPaletteAsync(first, "agent", 150, 150);
        await Assertions.Expect(first.GetByTestId("save-status")).ToHaveAttributeAsync("data-state", "saved");
        await DragFromPaletteAsync(second, "note", 400, 300);
        await Assertions.Expect(second.GetByTestId("save-conflict")).ToBeVisibleAsync();

        await second.GetByTestId("conflict-copy").ClickAsync();

        await Assertions.Expect(second.GetByTestId("designer-name")).ToHaveTextAsync("Parallel edits (my copy)");
        await Assertions.Expect(second.GetByTestId("node-note-1")).ToHaveCountAsync(1);
        await Assertions.Expect(second.GetByTestId("node-agent-1")).ToHaveCountAsync(0);
        await first.ReloadAsync();
        await Assertions.Expect(first.GetByTestId("node-agent-1")).ToHaveCountAsync(1);
        await Assertions.Expect(first.GetByTestId("node-note-1")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task ExportThenImportInTheDesigner_AndRestoreARevision()
    {
        var page = await OpenBlankDesignAsync(fixture, "Round trip");
        await DragFromPaletteAsync(page, "agent", 150, 150);
        await Assertions.Expect(page.GetByTestId("save-status")).ToHaveAttributeAsync("data-state", "saved");
        var download = await page.RunAndWaitForDownloadAsync(() => ChooseMoreActionAsync(page, "designer-export"));
        using var folder = new Support.TemporaryFolder();
        var file = Path.Combine(folder.Path, download.SuggestedFilename);
        await download.SaveAsAsync(file);

        await page.GetByTestId("node-agent-1").ClickAsync();
        await page.Keyboard.PressAsync("Delete");
        await Assertions.Expect(page.GetByTestId("node-agent-1")).ToHaveCountAsync(0);
        await PickFileAsync(page, "designer-import-input", file);

        await Assertions.Expect(page.GetByTestId("node-agent-1")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByTestId("save-status")).ToHaveAttributeAsync("data-state", "saved");

        await page.GetByTestId("designer-history").ClickAsync();
        await page.GetByTestId("restore-revision-1").ClickAsync();
        await Assertions.Expect(page.GetByText("Restored revision 1 of Round trip")).ToBeVisibleAsync();
        await page.GetByTestId("history-close").ClickAsync();

        await Assertions.Expect(page.GetByTestId("node-agent-1")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("diagram-empty")).ToBeVisibleAsync();
    }

    [Theory]
    [InlineData("research-manager", 5, 3)]
    [InlineData("customer-support", 5, 3)]
    [InlineData("hybrid-support", 7, 5)]
    public async Task EveryTemplate_OpensInTheDesigner_WithTypedEdges(string template, int nodes, int links)
    {
        var page = await fixture.NewPageAsync();

        await OpenNewFromTemplateAsync(page, template, $"Opened in designer: {template}");

        await Assertions.Expect(page.Locator(".diagram-node")).ToHaveCountAsync(nodes);
        await Assertions.Expect(page.Locator("path.diagram-link")).ToHaveCountAsync(links);
        await Assertions.Expect(page.GetByTestId("problems-panel")).ToContainTextAsync("0 errors");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), $"agentstudio-designer-{template}.png") });
    }

    [Fact]
    public async Task DraggingANode_SendsOneCommit_NotOnePerPointerMove()
    {
        var page = await OpenBlankDesignAsync(fixture, "Drag traffic");
        await DragFromPaletteAsync(page, "agent", 150, 150);
        await Assertions.Expect(page.GetByTestId("save-status")).ToHaveAttributeAsync("data-state", "saved");
        var sent = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var node = await page.GetByTestId("node-agent-1").BoundingBoxAsync();
        var session = await page.Context.NewCDPSessionAsync(page);
        await session.SendAsync("Network.enable");
        session.Event("Network.webSocketFrameSent").OnEvent += (_, frame) =>
        {
            // Blazor's hub protocol is binary (MessagePack), whose strings are plain UTF-8 inside the base64 payload.
            var response = frame!.Value.GetProperty("response");
            var data = response.GetProperty("payloadData").GetString() ?? "";
            sent.Enqueue(response.GetProperty("opcode").GetInt32() == 2 ? System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(data)) : data);
        };

        await EditAndWaitForItsSaveAsync(page, async () =>
        {
            await page.Mouse.MoveAsync(node!.X + 100, node.Y + 20);
            await page.Mouse.DownAsync();
            for (var i = 1; i <= 50; i++)
            {
                await page.Mouse.MoveAsync(node.X + 100 + (i * 4), node.Y + 20 + (i * 2));
            }

            await page.Mouse.UpAsync();
        });

        var frames = sent.ToArray();
        // Calls from the browser into .NET: exactly one, the commit. (Render acknowledgements and pings may
        // also flow while a save completes; they follow renders and time, not pointer moves.)
        var invocations = frames.Where(f => f.Contains("BeginInvokeDotNetFromJS", StringComparison.Ordinal)).ToArray();
        Assert.True(invocations.Length == 1, $"{invocations.Length} calls into .NET during one drag of 50 moves: {string.Join(" | ", invocations.Select(Describe))}");
        Assert.Contains("CommitMove", invocations[0], StringComparison.Ordinal);
        Assert.True(frames.Length < 50, $"{frames.Length} WebSocket messages for one drag of 50 moves: {string.Join(" | ", frames.Select(Describe))}");
        var moved = await page.GetByTestId("node-agent-1").BoundingBoxAsync();
        Assert.InRange(moved!.X - node!.X, 190, 210);
    }
}
