using System.Globalization;
using Microsoft.Playwright;
using static AgentStudio.Tests.Browser.BrowserFlows;
using static AgentStudio.Tests.Browser.DesignerFlows;

namespace AgentStudio.Tests.Browser;

/// <summary>
/// The designer's top toolbar at a laptop's 1280 px with the navigation drawer open: the design's name reads in full,
/// and the canvas's view controls (zoom, fit) sit on the canvas, reachable by mouse and keyboard.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DesignerToolbarBrowserTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private async Task<(IPage Page, string Id)> OpenAt1280Async(string template, string name)
    {
        var page = await fixture.NewPageAsync();
        await page.SetViewportSizeAsync(1280, 800);
        var id = await OpenNewFromTemplateAsync(page, template, name);
        await Assertions.Expect(page.GetByTestId("nav-drawer")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bmud-drawer--open\b"));
        return (page, id);
    }

    [Fact]
    public async Task ANormalDesignName_ReadsInFull_At1280WithTheDrawerOpen_EvenWithEveryStatusChipShown()
    {
        const string Name = "Customer support hybrid";
        var (page, _) = await OpenAt1280Async("hybrid-support", Name);
        // The toolbar at its fullest: published, then edited, so the publish chip and "Draft differs" both show.
        await page.GetByTestId("publish").ClickAsync();
        await Assertions.Expect(page.GetByTestId("publish-status")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^Published"));
        await EditAndWaitForItsSaveAsync(page, () => page.GetByTestId("prop-design-description").FillAsync("Edited after publishing"));
        await Assertions.Expect(page.GetByTestId("draft-differs")).ToBeVisibleAsync();
        await CloseSnackbarsAsync(page);

        var title = page.GetByTestId("designer-name");
        await Assertions.Expect(title).ToHaveTextAsync(Name);
        var width = await title.EvaluateAsync<double[]>("el => [el.scrollWidth, el.clientWidth]");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "title13-designer-1280-drawer-open.png") });
        Assert.True(width[0] <= width[1], $"The title is cut: it needs {width[0]}px and has {width[1]}px.");
        // Nothing in the toolbar (the heading with its chips included) is cut or pushed out of the window either; the
        // import's file input is hidden on purpose (the menu opens it).
        var cut = await page.GetByTestId("designer-toolbar").EvaluateAsync<string[]>("""
            bar => [...bar.children].filter(child => !child.classList.contains('visually-hidden-input'))
                .filter(child => child.getBoundingClientRect().right > document.documentElement.clientWidth
                    || child.scrollWidth > child.clientWidth + 1)
                .map(child => child.dataset.testid || child.className)
            """);
        Assert.Empty(cut);
    }

    [Fact]
    public async Task ViewControls_OnTheCanvasCorner_ZoomAndFit_WithMouseAndKeyboard()
    {
        var (page, _) = await OpenAt1280Async("customer-support", "View controls");
        var canvas = DesignerCanvas(page);
        var controls = page.GetByTestId("canvas-view-controls");
        await Assertions.Expect(controls.GetByTestId("zoom-in")).ToHaveAccessibleNameAsync("Zoom in");
        await Assertions.Expect(controls.GetByTestId("zoom-out")).ToHaveAccessibleNameAsync("Zoom out");
        await Assertions.Expect(controls.GetByTestId("fit")).ToHaveAccessibleNameAsync("Fit to screen");

        // Over the canvas, in a corner of it, clear of the minimap.
        var canvasBox = (await canvas.BoundingBoxAsync())!;
        var box = (await controls.BoundingBoxAsync())!;
        Assert.True(box.X >= canvasBox.X && box.Y >= canvasBox.Y && box.X + box.Width <= canvasBox.X + canvasBox.Width && box.Y + box.Height <= canvasBox.Y + canvasBox.Height,
            $"The view controls ({box.X},{box.Y} {box.Width}×{box.Height}) are not on the canvas ({canvasBox.X},{canvasBox.Y} {canvasBox.Width}×{canvasBox.Height}).");
        var minimap = (await canvas.GetByTestId("minimap").BoundingBoxAsync())!;
        Assert.True(box.X + box.Width < minimap.X || box.Y + box.Height < minimap.Y, "The view controls cover the minimap.");

        // The mouse: each click zooms in, until the design no longer fits.
        for (var clicks = 0; clicks < 3; clicks++)
        {
            var before = (await canvas.GetAttributeAsync("data-zoom"))!;
            await controls.GetByTestId("zoom-in").ClickAsync();
            await Assertions.Expect(canvas).Not.ToHaveAttributeAsync("data-zoom", before);
            Assert.True(Zoom(await canvas.GetAttributeAsync("data-zoom")) > Zoom(before), $"Zoom in from {before} did not zoom in.");
        }

        Assert.NotEmpty(await NodesOutsideAsync(page, DesignerCanvasSelector));

        // The keyboard: Tab reaches "Zoom out" and "Fit to screen", Enter presses them.
        var zoomedIn = (await canvas.GetAttributeAsync("data-zoom"))!;
        await TabToAsync(page, controls.GetByTestId("zoom-out"));
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(canvas).Not.ToHaveAttributeAsync("data-zoom", zoomedIn);
        Assert.True(Zoom(await canvas.GetAttributeAsync("data-zoom")) < Zoom(zoomedIn), "Zoom out from the keyboard did not zoom out.");
        await TabToAsync(page, controls.GetByTestId("fit"));
        await page.Keyboard.PressAsync("Enter");
        await ExpectNodesInsideAsync(page, DesignerCanvasSelector);
    }

    [Fact]
    public async Task MoreActions_ReplaceWithAFile_FromTheKeyboard_OpensThePicker_AndImportsThePickedDesign()
    {
        var (page, _) = await OpenAt1280Async("blank", "Replaced from the menu");
        var more = page.GetByTestId("designer-more");

        // Keyboard alone: Tab to "More actions", Enter opens the menu, arrows and Enter choose the item.
        await TabToAsync(page, more);
        await page.Keyboard.PressAsync("Enter");
        var item = page.GetByTestId("designer-import-button");
        await Assertions.Expect(item).ToBeVisibleAsync();
        await item.FocusAsync();
        var chooser = await page.RunAndWaitForFileChooserAsync(() => page.Keyboard.PressAsync("Enter"));
        await chooser.SetFilesAsync(new FilePayload
        {
            Name = "picked.agentstudio.json",
            MimeType = "application/json",
            Buffer = System.Text.Encoding.UTF8.GetBytes(AgentStudio.Core.Serialization.DesignSerializer.Write(new AgentStudio.Core.Designs.DesignDocument
            {
                Name = "Picked",
                Entry = "picked",
                Agents = [new AgentStudio.Core.Designs.AgentDefinition { Id = "picked", Name = "PickedAgent", Model = "gpt-4o-mini", Instructions = "Answer the question." }],
            })),
        });

        await Assertions.Expect(DesignerCanvas(page).GetByTestId("node-picked")).ToContainTextAsync("PickedAgent");
        await Assertions.Expect(page.GetByTestId("undo")).ToBeEnabledAsync();
    }

    private static double Zoom(string? value) => double.Parse(value!, CultureInfo.InvariantCulture);
}
