using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using AgentStudio.Core.Designs;
using AgentStudio.Core.Validation;
using Microsoft.Playwright;
using static AgentStudio.Tests.Browser.BrowserFlows;

namespace AgentStudio.Tests.Browser;

/// <summary>
/// A design of 2,000 nodes and 4,000 links, opened from storage: the designer's canvas has only the nodes in view
/// (and a margin) in the page, renders those that a pan brings into view, lets the arrow keys reach a node that is not
/// drawn, draws a fitted view as an overview, and its minimap shows the whole design.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CanvasCullingBrowserTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const int Agents = 1200, Tools = 800, Links = 4000, Columns = 40;
    // Agent a{i} sits at column i % 40 (300 apart), row i / 40 (260 apart); rows are empty from 84 to 260.
    private const double ColumnWidth = 300, RowHeight = 260;
    private const float EmptyRowBand = 170;

    // The design is imported once per app (it takes a while), then each test opens it.
    private static readonly ConcurrentDictionary<Uri, Lazy<Task<string>>> Imported = new();

    /// <summary>The issue's graph shape: agents handing off along rows and down columns, each using two tools.</summary>
    private static DesignDocument TwoThousandNodes()
    {
        var agents = Enumerable.Range(0, Agents).Select(i => new AgentDefinition { Id = $"a{i}", Name = $"Agent{i}", Instructions = "Help. If a tool fails, apologise and escalate.", HandoffDescription = $"Area {i}", Model = "gpt-4o-mini" }).ToList();
        var tools = Enumerable.Range(0, Tools).Select(i => (ToolDefinition)new MockTool { Id = $"t{i}", Name = $"tool_{i}", Description = "Looks up", Response = "ok" }).ToList();
        var edges = new List<DesignEdge>();
        for (var i = 0; i < Agents; i++)
        {
            if ((i + 1) % Columns != 0)
            {
                edges.Add(new HandoffEdge { Id = $"h{i}", From = $"a{i}", To = $"a{i + 1}", Description = "Next area" });
            }

            edges.Add(new ToolEdge { Id = $"u{i}", From = $"a{i}", To = $"t{i % Tools}" });
            edges.Add(new ToolEdge { Id = $"v{i}", From = $"a{i}", To = $"t{(i + 400) % Tools}" });
            if (i + Columns < Agents)
            {
                edges.Add(new HandoffEdge { Id = $"d{i}", From = $"a{i}", To = $"a{i + Columns}", Description = "Next row" });
            }
        }

        var layout = new Dictionary<string, CanvasPosition>();
        for (var i = 0; i < Agents; i++)
        {
            layout[$"a{i}"] = new CanvasPosition((i % Columns) * ColumnWidth, (i / Columns) * RowHeight);
        }

        for (var i = 0; i < Tools; i++)
        {
            layout[$"t{i}"] = new CanvasPosition((i % Columns) * ColumnWidth, 8000 + ((i / Columns) * 130));
        }

        return new DesignDocument { Name = "Culling 2000", Entry = "a0", Agents = agents, Tools = tools, Edges = [.. edges.Take(Links)], Layout = layout };
    }

    private async Task<string> ImportOnceAsync(IPage page)
    {
        var import = Imported.GetOrAdd(fixture.BaseAddress, _ => new Lazy<Task<string>>(async () =>
        {
            var design = TwoThousandNodes();
            Assert.DoesNotContain(DesignValidator.Validate(design), p => p.IsError);
            return await ImportDesignAsync(page, design);
        }));
        return await import.Value;
    }

    // Opens the design as a user comes back to it: the view they left (remembered in this browser) is the top left
    // corner at zoom 1, where only a few dozen of the 2,000 nodes are on screen.
    private async Task<(IPage Page, ILocator Canvas, LocatorBoundingBoxResult Box)> OpenAtTopLeftAsync()
    {
        var page = await fixture.NewPageAsync();
        await page.SetViewportSizeAsync(1280, 720);
        await BrowserFixture.GotoInteractiveAsync(page, "/designs");
        var id = await ImportOnceAsync(page);
        await page.EvaluateAsync("id => localStorage.setItem(`agentstudio-view-${id}`, JSON.stringify({ x: 0, y: 0, zoom: 1 }))", id);
        await OpenDesignAsync(page, id);
        var canvas = DesignerCanvas(page);
        await Assertions.Expect(canvas).ToHaveAttributeAsync("data-zoom", "1.00");
        return (page, canvas, (await canvas.BoundingBoxAsync())!);
    }

    // The first agent of row 0 beyond the rendered area of the opening view (the canvas's width and half of it again).
    private static int FirstColumnBeyondMargin(LocatorBoundingBoxResult box) => (int)Math.Floor(box.Width * 1.5 / ColumnWidth) + 1;

    // The ids of the nodes in the page that do not meet the canvas grown by half its size on each side (at zoom 1,
    // screen pixels are canvas units): none should be drawn.
    private static Task<string[]> NodesBeyondTheMarginAsync(ILocator canvas) => canvas.EvaluateAsync<string[]>(
        """
        canvas => {
            const r = canvas.getBoundingClientRect();
            const area = { left: r.left - r.width / 2, right: r.right + r.width / 2, top: r.top - r.height / 2, bottom: r.bottom + r.height / 2 };
            return [...canvas.querySelectorAll('.diagram-node')]
                .filter(n => { const b = n.getBoundingClientRect(); return b.right < area.left || b.left > area.right || b.bottom < area.top || b.top > area.bottom; })
                .map(n => n.dataset.id);
        }
        """);

    // The browser draws the minimap as one path per kind of node, a closed rectangle per node: what it shows is the
    // number of rectangles in those paths.
    private static Task<int> MinimapRectanglesAsync(ILocator canvas) => canvas.GetByTestId("minimap").EvaluateAsync<int>(
        "map => [...map.querySelectorAll('path.minimap-node')].reduce((n, p) => n + ((p.getAttribute('d') || '').match(/z/g) || []).length, 0)");

    // The view's frame in the minimap, in canvas units: [x, y, width, height].
    private static Task<double[]> MinimapFrameAsync(ILocator canvas) => canvas.GetByTestId("minimap").EvaluateAsync<double[]>(
        "map => { const f = map.querySelector('.minimap-view'); return ['x', 'y', 'width', 'height'].map(a => Number(f.getAttribute(a))); }");

    [Fact]
    public async Task Minimap_PressAndDragOnIt_MoveTheView_ItsFrameFollows_AndWhatComesIntoViewIsDrawn()
    {
        var (page, canvas, _) = await OpenAtTopLeftAsync();
        var map = canvas.GetByTestId("minimap");
        await Assertions.Expect(map).ToHaveAccessibleNameAsync("Minimap of the whole design: press or drag on it to move the view");
        await Assertions.Expect(map).ToHaveAttributeAsync("data-nodes", $"{Agents + Tools}");
        var before = await MinimapFrameAsync(canvas);
        Assert.Equal(new double[] { 0, 0 }, before[..2]);
        var mapBox = (await map.BoundingBoxAsync())!;
        // Tool t799, the last row's last, sits in the design's bottom right corner, far from the opening view.
        var corner = canvas.GetByTestId("node-t799");
        await Assertions.Expect(corner).ToHaveCountAsync(0);

        await page.Mouse.MoveAsync(mapBox.X + (mapBox.Width / 2), mapBox.Y + (mapBox.Height / 2));
        await page.Mouse.DownAsync();
        var pressed = await MinimapFrameAsync(canvas);
        // Dragged to where the minimap draws t799 (its box starts at 11700, 10470; it is 220 wide and 84 high).
        var target = await map.EvaluateAsync<double[]>("map => { const p = new DOMPoint(11810, 10512).matrixTransform(map.getScreenCTM()); return [p.x, p.y]; }");
        await page.Mouse.MoveAsync((float)target[0], (float)target[1], new() { Steps = 6 });
        await page.Mouse.UpAsync();

        Assert.True(pressed[0] > before[0] + 1000 && pressed[1] > before[1] + 1000, $"pressing the minimap's middle left the view at {pressed[0]}, {pressed[1]}");
        var dragged = await MinimapFrameAsync(canvas);
        Assert.True(dragged[0] > pressed[0] && dragged[1] > pressed[1], $"dragging to the corner moved the view from {pressed[0]}, {pressed[1]} to {dragged[0]}, {dragged[1]}");
        await Assertions.Expect(canvas).ToHaveAttributeAsync("data-zoom", "1.00");
        await Assertions.Expect(corner).ToBeInViewportAsync();
    }

    [Fact]
    public async Task OpenedFromStorage_OnlyNodesInViewAndItsMarginAreInThePage_AndTheMinimapShowsAll()
    {
        var (page, canvas, box) = await OpenAtTopLeftAsync();

        await Assertions.Expect(canvas.GetByTestId("node-a0")).ToBeInViewportAsync();
        var drawn = await canvas.Locator(".diagram-node").CountAsync();
        Assert.InRange(drawn, 1, 200);
        var outside = await NodesBeyondTheMarginAsync(canvas);
        Assert.Empty(outside);
        Assert.InRange(await canvas.Locator("path.diagram-link").CountAsync(), 1, 600);
        await Assertions.Expect(canvas.GetByTestId($"node-a{FirstColumnBeyondMargin(box)}")).ToHaveCountAsync(0);
        await Assertions.Expect(canvas.GetByTestId("minimap")).ToHaveAttributeAsync("data-nodes", $"{Agents + Tools}");
        Assert.Equal(Agents + Tools, await MinimapRectanglesAsync(canvas));

        // Fitted, the whole design is on screen: every node is drawn, as an overview without labels or link hit paths.
        await page.GetByTestId("fit").ClickAsync();

        await Assertions.Expect(canvas).ToHaveAttributeAsync("data-detail", "overview");
        await Assertions.Expect(canvas.Locator(".diagram-node")).ToHaveCountAsync(Agents + Tools, new() { Timeout = 30_000 });
        await Assertions.Expect(canvas.Locator("path.diagram-link")).ToHaveCountAsync(Links);
        Assert.Equal(0, await canvas.Locator("text.diagram-link-label, path.diagram-link-hit, .diagram-node-subtitle, .diagram-port").CountAsync());
    }

    [Fact]
    public async Task Panning_RendersTheNodesThatComeIntoView()
    {
        var (page, canvas, box) = await OpenAtTopLeftAsync();
        var column = FirstColumnBeyondMargin(box);
        var comingIn = canvas.GetByTestId($"node-a{column}");
        await Assertions.Expect(comingIn).ToHaveCountAsync(0);

        // Drag the empty canvas (between the first two rows) from its right edge to its left edge.
        await page.Mouse.MoveAsync(box.X + box.Width - 20, box.Y + EmptyRowBand);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(box.X + 20, box.Y + EmptyRowBand, new() { Steps = 12 });
        await page.Mouse.UpAsync();

        await Assertions.Expect(comingIn).ToHaveCountAsync(1);
        await Assertions.Expect(comingIn).ToContainTextAsync($"Agent{column}");
        // What left the view and its margin goes from the page (in the render of the settled view).
        try
        {
            await page.WaitForFunctionAsync(
                "canvas => { const r = canvas.getBoundingClientRect(); return [...canvas.querySelectorAll('.diagram-node')].every(n => n.getBoundingClientRect().right >= r.left - r.width / 2); }",
                await canvas.ElementHandleAsync());
        }
        catch (TimeoutException)
        {
            // The assertion below names the nodes left behind.
        }

        Assert.Empty(await NodesBeyondTheMarginAsync(canvas));
        Assert.InRange(await canvas.Locator(".diagram-node").CountAsync(), 1, 200);
    }

    [Fact]
    public async Task ArrowKeys_ReachANodeThatIsNotDrawn_WhichIsThenShownFocusedAndSelected()
    {
        var (page, canvas, box) = await OpenAtTopLeftAsync();
        var column = FirstColumnBeyondMargin(box);
        var target = canvas.GetByTestId($"node-a{column}");
        await Assertions.Expect(target).ToHaveCountAsync(0);

        // Focus the canvas, then the arrow keys go from the entry agent along the first row.
        await page.Mouse.ClickAsync(box.X + 20, box.Y + EmptyRowBand);
        await page.Keyboard.PressAsync("ArrowRight");
        await Assertions.Expect(canvas.GetByTestId("node-a0")).ToBeFocusedAsync();
        for (var i = 1; i <= column; i++)
        {
            await page.Keyboard.PressAsync("ArrowRight");
            await Assertions.Expect(canvas.GetByTestId($"node-a{i}")).ToBeFocusedAsync();
        }

        await Assertions.Expect(target).ToHaveClassAsync(new Regex(@"\bselected\b"));
        await Assertions.Expect(target).ToBeInViewportAsync(new() { Ratio = 0.99f });
        // Revealed by panning, at the zoom the user chose.
        Assert.Equal("1.00", await canvas.GetAttributeAsync("data-zoom"));
    }
}
