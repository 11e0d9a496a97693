using Microsoft.Playwright;

namespace AgentStudio.Tests.Browser;

/// <summary>Gestures on the designer's canvas, each done as a person would and finished only once the page shows its result.</summary>
internal static class DesignerFlows
{
    /// <summary>Drags an element from the palette onto the canvas and waits until the dropped node is on the page.</summary>
    public static async Task DragFromPaletteAsync(IPage page, string kind, int x, int y)
    {
        var canvas = BrowserFlows.DesignerCanvas(page);
        var nodes = canvas.Locator(".diagram-node");
        var before = await nodes.CountAsync();
        await page.GetByTestId($"palette-{kind}").DragToAsync(canvas, new() { TargetPosition = new() { X = x, Y = y } });
        // The drop is a round trip to the server; the next gesture must not start before the node is drawn.
        await Assertions.Expect(nodes).ToHaveCountAsync(before + 1);
    }

    /// <summary>Drags from one node's port (<c>handoff</c> or <c>tool</c>) onto another node.</summary>
    public static async Task ConnectAsync(IPage page, string port, string fromId, string toId)
    {
        var canvas = BrowserFlows.DesignerCanvas(page);
        var from = await canvas.GetByTestId($"port-{port}-{fromId}").BoundingBoxAsync();
        var to = await canvas.GetByTestId($"node-{toId}").BoundingBoxAsync();
        await page.Mouse.MoveAsync(from!.X + (from.Width / 2), from.Y + (from.Height / 2));
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(to!.X + 40, to.Y + 20, new() { Steps = 8 });
        await page.Mouse.MoveAsync(to.X + 60, to.Y + 30, new() { Steps = 2 });
        await page.Mouse.UpAsync();
    }

    /// <summary>Renames the selected element in the property panel once the panel shows it, and waits for the canvas to follow.</summary>
    public static async Task RenameSelectedAsync(IPage page, string currentName, string name)
    {
        // Wait for the panel to show the element just added, so the typing goes to the right field.
        var field = page.GetByTestId("prop-name");
        await Assertions.Expect(field).ToHaveValueAsync(currentName);
        await field.FillAsync(name);
        await field.PressAsync("Tab");
        await Assertions.Expect(BrowserFlows.DesignerCanvas(page).Locator(".diagram-node.selected")).ToContainTextAsync(name);
    }

    /// <summary>
    /// Makes an edit and waits until a save newer than the one shown before it has completed. Waiting for "saved"
    /// alone passes at once when the chip already said "saved" before the edit reached the server (a paste, a key
    /// handled in the browser), and a reopen then reads the old revision.
    /// </summary>
    public static async Task EditAndWaitForItsSaveAsync(IPage page, Func<Task> edit)
    {
        var status = page.GetByTestId("save-status");
        await Assertions.Expect(status).ToHaveAttributeAsync("data-state", "saved");
        var before = await status.GetAttributeAsync("data-revision");
        await edit();
        await Assertions.Expect(status).Not.ToHaveAttributeAsync("data-revision", before!);
        await Assertions.Expect(status).ToHaveAttributeAsync("data-state", "saved");
    }

    /// <summary>
    /// Chooses an item (its test id: <c>designer-import-button</c>, <c>designer-export</c>, <c>designer-export-code</c>)
    /// of the designer toolbar's "More actions" menu, as a user does: opens the menu, then clicks the item.
    /// </summary>
    public static async Task ChooseMoreActionAsync(IPage page, string itemTestId)
    {
        await page.GetByTestId("designer-more").ClickAsync();
        await page.GetByTestId(itemTestId).ClickAsync();
    }

    /// <summary>Presses Tab (or Shift+Tab) until the canvas node <paramref name="nodeId"/> has the focus.</summary>
    public static Task TabToNodeAsync(IPage page, string nodeId, bool backwards = false) =>
        BrowserFlows.TabToAsync(page, BrowserFlows.DesignerCanvas(page).GetByTestId($"node-{nodeId}"), backwards);

    /// <summary>
    /// With the keyboard alone: tabs to a palette item (back from the canvas or the property panel, forward from the
    /// top of the page), presses Enter, and waits until the added node is drawn and selected.
    /// </summary>
    public static async Task AddWithKeyboardAsync(IPage page, string kind, string expectedId, bool backwards = true)
    {
        await BrowserFlows.TabToAsync(page, page.GetByTestId($"palette-{kind}"), backwards);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(BrowserFlows.DesignerCanvas(page).GetByTestId($"node-{expectedId}")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bselected\b"));
    }

    /// <summary>
    /// With the keyboard alone: Enter on the focused node opens its properties with the name field focused; the name
    /// is replaced and the focus goes back to the node with Shift+Tab.
    /// </summary>
    public static async Task RenameFocusedNodeWithKeyboardAsync(IPage page, string nodeId, string name)
    {
        await page.Keyboard.PressAsync("Enter");
        var field = page.GetByTestId("prop-name");
        await Assertions.Expect(field).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Control+a");
        await page.Keyboard.InsertTextAsync(name);
        await Assertions.Expect(BrowserFlows.DesignerCanvas(page).GetByTestId($"node-{nodeId}")).ToContainTextAsync(name);
        await TabToNodeAsync(page, nodeId, backwards: true);
    }

    /// <summary>
    /// With the keyboard alone: C on the focused agent opens "Connect to…"; returns once the dialog has the focus, as a
    /// user sees it open before tabbing (a Tab pressed before that still moves through the page behind it).
    /// </summary>
    public static async Task OpenConnectDialogAsync(IPage page)
    {
        await page.Keyboard.PressAsync("c");
        await page.WaitForFunctionAsync("() => !!document.activeElement?.closest('.mud-dialog')");
    }
}
