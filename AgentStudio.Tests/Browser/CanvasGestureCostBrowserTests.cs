using System.Text.RegularExpressions;
using AgentStudio.Core.Designs;
using AgentStudio.Diagram;
using Microsoft.Playwright;
using static AgentStudio.Tests.Browser.BrowserFlows;

namespace AgentStudio.Tests.Browser;

/// <summary>
/// What the canvas's browser half does per gesture, counted rather than timed: dragging a node searches nothing and
/// lays nothing out per pointer move, and writes only that node and its own links, the same on 50 nodes as on 500;
/// panning and wheel zooming search and lay out nothing per event; zooming out drops detail at the level-of-detail thresholds (wwwroot/js/diagram/level-of-detail.js).
/// A drag lifts the node's links onto the drag layer (wwwroot/js/diagram/moving-links.js) and puts them back on release.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CanvasGestureCostBrowserTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    // Counts, in the page, calls that search the document and reads that make the browser lay the page out, and records
    // which canvas elements get written; each phase of the gesture reads and resets the counts.
    private const string InstrumentScript = """
        canvas => {
            const viewport = canvas.querySelector('.diagram-viewport');
            const edgeOf = el => el.dataset.edge || (el.previousElementSibling && el.previousElementSibling.dataset.edge);
            const describe = el => {
                const cls = el.getAttribute('class') || '';
                if (el.classList.contains('diagram-drag-layer')) return 'drag-layer';
                if (el.dataset.copyOf) return `${el.classList.contains('diagram-link-label') ? 'lifted-label' : 'lifted-link'}:${el.dataset.copyOf}`;
                if (el.classList.contains('diagram-node')) return `node:${el.dataset.id}`;
                if (el.classList.contains('diagram-link-label')) return `label:${edgeOf(el)}`;
                if (el.classList.contains('diagram-link-hit')) return `hit:${el.dataset.edge}`;
                if (el.classList.contains('diagram-link')) return `link:${el.dataset.edge}`;
                return `other:${el.tagName}.${cls}`;
            };
            const labels = [...viewport.querySelectorAll('.diagram-link-label')];
            // The node; its links, hidden once as the drag lifts them; the drag layer, raised once; and the links' copies
            // on it, which move.
            window.__expectedTouched = id => {
                const links = [...viewport.querySelectorAll('path.diagram-link[data-edge]')].filter(p => p.dataset.source === id || p.dataset.target === id);
                const edges = new Set(links.map(p => p.dataset.edge));
                const ownLabels = labels.filter(l => edges.has(edgeOf(l))).map(l => edgeOf(l));
                return ['drag-layer', `node:${id}`, ...[...edges].flatMap(e => [`link:${e}`, `hit:${e}`, `lifted-link:${e}`]),
                    ...ownLabels.flatMap(e => [`label:${e}`, `lifted-label:${e}`])].sort();
            };
            const records = [];
            const touched = new MutationObserver(r => records.push(...r));
            touched.observe(viewport, { attributes: true, subtree: true });
            window.__touched = () => {
                const all = [...records.splice(0), ...touched.takeRecords()];
                return [...new Set(all.map(r => describe(r.target)))].sort();
            };

            const cost = { queries: 0, layoutReads: 0 };
            const count = (owner, name, key) => {
                const d = Object.getOwnPropertyDescriptor(owner, name);
                if (!d) return;
                if (typeof d.value === 'function') owner[name] = function (...args) { cost[key]++; return d.value.apply(this, args); };
                else if (d.get) Object.defineProperty(owner, name, { ...d, get() { cost[key]++; return d.get.call(this); } });
            };
            for (const owner of [Document.prototype, Element.prototype, DocumentFragment.prototype]) {
                for (const name of ['querySelector', 'querySelectorAll', 'getElementsByClassName', 'getElementsByTagName', 'getElementById']) count(owner, name, 'queries');
            }
            for (const name of ['getBoundingClientRect', 'getClientRects', 'clientLeft', 'clientTop', 'clientWidth', 'clientHeight', 'scrollLeft', 'scrollTop', 'scrollWidth', 'scrollHeight']) count(Element.prototype, name, 'layoutReads');
            for (const name of ['offsetLeft', 'offsetTop', 'offsetWidth', 'offsetHeight', 'offsetParent', 'innerText']) count(HTMLElement.prototype, name, 'layoutReads');
            for (const name of ['getBBox', 'getCTM', 'getScreenCTM']) count(SVGGraphicsElement.prototype, name, 'layoutReads');
            count(Document.prototype, 'elementFromPoint', 'layoutReads');
            count(window, 'getComputedStyle', 'layoutReads');
            window.__cost = () => { const c = { ...cost }; cost.queries = 0; cost.layoutReads = 0; return c; };
        }
        """;

    private const string NextFrameScript = "() => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(() => resolve())))";

    // A chain of agents, each handing off to the next two and using two tools; links = 2 × nodes, as the issue's graphs.
    // Agent a3 has the same six links whatever the size.
    internal static DesignDocument Chain(int nodes)
    {
        var count = nodes / 2;
        var agents = Enumerable.Range(0, count).Select(i => new AgentDefinition { Id = $"a{i}", Name = $"Agent{i}", Instructions = "Help.", HandoffDescription = $"Area {i}", Model = "gpt-4o-mini" }).ToList();
        var tools = Enumerable.Range(0, count).Select(i => (ToolDefinition)new MockTool { Id = $"t{i}", Name = $"tool_{i}", Description = "Looks up", Response = "ok" }).ToList();
        var edges = new List<DesignEdge>();
        var layout = new Dictionary<string, CanvasPosition>();
        for (var i = 0; i < count; i++)
        {
            foreach (var next in new[] { i + 1, i + 2 }.Where(n => n < count))
            {
                edges.Add(new HandoffEdge { Id = $"h{i}-{next}", From = $"a{i}", To = $"a{next}", Description = "Next area" });
            }

            edges.Add(new ToolEdge { Id = $"u{i}", From = $"a{i}", To = $"t{i}" });
            edges.Add(new ToolEdge { Id = $"v{i}", From = $"a{i}", To = $"t{(i + 1) % count}" });
            layout[$"a{i}"] = new CanvasPosition((i % 10) * 300, (i / 10) * 520);
            layout[$"t{i}"] = new CanvasPosition((i % 10) * 300, ((i / 10) * 520) + 260);
        }

        return new DesignDocument { Name = $"Chain {nodes}", Entry = "a0", Agents = agents, Tools = tools, Edges = edges, Layout = layout };
    }

    // Filled by Playwright from the page's JSON, by property name.
    private sealed record Cost
    {
        public int Queries { get; init; }

        public int LayoutReads { get; init; }
    }

    private sealed record DragCost(Cost Start, Cost Moves, Cost End, string[] Touched, string[] Expected);

    private async Task<DragCost> DragAgentA3Async(int nodes)
    {
        var page = await fixture.NewPageAsync();
        await BrowserFixture.GotoInteractiveAsync(page, "/designs");
        var id = await ImportDesignAsync(page, Chain(nodes));
        // Opened where the user left it: a3 and its neighbours at zoom 1, in full detail (labels, hit paths), while
        // the canvas draws only what is in view, the same few dozen nodes at either size.
        await page.EvaluateAsync("id => localStorage.setItem(`agentstudio-view-${id}`, JSON.stringify({ x: -600, y: 100, zoom: 1 }))", id);
        await OpenDesignAsync(page, id);
        var canvas = DesignerCanvas(page);
        await Assertions.Expect(canvas).ToHaveAttributeAsync("data-detail", "full");
        await Assertions.Expect(canvas.GetByTestId("node-a3")).ToBeInViewportAsync();
        await canvas.EvaluateAsync(InstrumentScript);
        var node = canvas.GetByTestId("node-a3");
        var box = (await node.BoundingBoxAsync())!;
        var link = canvas.Locator("path.diagram-link[data-edge='h3-4']");
        var lifted = canvas.Locator(".diagram-drag-layer path[data-copy-of='h3-4']");
        var pathBefore = await link.GetAttributeAsync("d");
        var (x, y) = (box.X + (box.Width / 2), box.Y + (box.Height / 2));

        Cost? start = null, moves = null, end = null;
        string[] touched = [], expected = [];
        await DesignerFlows.EditAndWaitForItsSaveAsync(page, async () =>
        {
            await page.Mouse.MoveAsync(x, y);
            await page.EvaluateAsync("() => { window.__cost(); window.__touched(); }");
            await page.Mouse.DownAsync();
            start = await page.EvaluateAsync<Cost>("() => window.__cost()");
            for (var i = 1; i <= 20; i++)
            {
                await page.Mouse.MoveAsync(x + (i * 4), y + (i * 3));
            }

            await page.EvaluateAsync(NextFrameScript);
            moves = await page.EvaluateAsync<Cost>("() => window.__cost()");
            touched = await page.EvaluateAsync<string[]>("() => window.__touched()");
            expected = await page.EvaluateAsync<string[]>("id => window.__expectedTouched(id)", "a3");
            // While dragged, the link's copy on the drag layer follows the node and the link itself is hidden.
            Assert.NotEqual(pathBefore, await lifted.GetAttributeAsync("d"));
            await Assertions.Expect(link).ToHaveClassAsync(new Regex(@"\bdrag-hidden\b"));
            await page.Mouse.UpAsync();
            end = await page.EvaluateAsync<Cost>("() => window.__cost()");
        });

        // Dropped: the link is shown again where the node went, and the drag layer is empty.
        Assert.NotEqual(pathBefore, await link.GetAttributeAsync("d"));
        await Assertions.Expect(link).Not.ToHaveClassAsync(new Regex(@"\bdrag-hidden\b"));
        await Assertions.Expect(canvas.Locator(".diagram-drag-layer > *")).ToHaveCountAsync(0);
        await Assertions.Expect(canvas.Locator(".drag-hidden")).ToHaveCountAsync(0);

        // The move is committed as dragged: the node ends where the pointer left it (give or take the grid's snap).
        var moved = (await node.BoundingBoxAsync())!;
        Assert.InRange(moved.X - box.X, 60, 100);
        return new DragCost(start!, moves!, end!, touched, expected);
    }

    [Fact]
    public async Task DraggingANode_SearchesAndMeasuresNothingPerMove_AndWritesOnlyItsLinks_On50And500Nodes()
    {
        var small = await DragAgentA3Async(50);
        var big = await DragAgentA3Async(500);

        foreach (var drag in new[] { small, big })
        {
            Assert.Equal(new Cost(), drag.Moves);
            // The drag layer, the node, its six links (path, hit path and the path's copy each) and their labels; nothing else on the canvas.
            Assert.Equal(drag.Expected, drag.Touched);
            Assert.Contains("node:a3", drag.Touched);
            Assert.Equal(20, drag.Expected.Count(e => !e.Contains("label:", StringComparison.Ordinal)));
        }

        // What the gesture's start and end do (find the node's links once, commit) does not grow with the design.
        Assert.Equal(small.Start, big.Start);
        Assert.Equal(small.End, big.End);
    }

    [Fact]
    public async Task PanningAndWheelZooming_SearchAndMeasureNothingPerEvent()
    {
        var page = await fixture.NewPageAsync();
        await OpenNewFromTemplateAsync(page, "customer-support", "Pan and zoom cost");
        var canvas = DesignerCanvas(page);
        var empty = await canvas.EvaluateAsync<float[]>(
            "c => { const r = c.getBoundingClientRect(); for (let y = r.top + 10; y < r.bottom - 10; y += 5) for (let x = r.left + 10; x < r.right - 10; x += 5) { const e = document.elementFromPoint(x, y); if (e && c.contains(e) && !e.closest('.diagram-node, .diagram-link-hit, .diagram-minimap')) return [x, y]; } return null; }");
        await canvas.EvaluateAsync(InstrumentScript);
        await canvas.EvaluateAsync("c => { window.__viewport = c.querySelector('.diagram-viewport'); }");
        var (x, y) = (empty[0], empty[1]);
        await page.Mouse.MoveAsync(x, y);
        await page.Mouse.DownAsync();
        await page.EvaluateAsync("() => window.__cost()");
        var before = await page.EvaluateAsync<string>("() => window.__viewport.style.transform");

        for (var i = 1; i <= 10; i++)
        {
            await page.Mouse.MoveAsync(x + (i * 5), y + (i * 3));
        }

        await page.EvaluateAsync(NextFrameScript);
        var pan = await page.EvaluateAsync<Cost>("() => window.__cost()");
        Assert.NotEqual(before, await page.EvaluateAsync<string>("() => window.__viewport.style.transform"));
        await page.Mouse.UpAsync();

        await page.EvaluateAsync("() => window.__cost()");
        for (var i = 0; i < 5; i++)
        {
            var transform = await page.EvaluateAsync<string>("() => window.__viewport.style.transform");
            await page.Mouse.WheelAsync(0, 100);
            await page.WaitForFunctionAsync("before => window.__viewport.style.transform !== before", transform);
        }

        var zoom = await page.EvaluateAsync<Cost>("() => window.__cost()");
        Assert.Equal(new Cost(), pan);
        Assert.Equal(new Cost(), zoom);
    }

    // What the canvas draws at one zoom (Playwright fills it from the page's JSON): its level and which details show.
    private sealed record Detail
    {
        public double Zoom { get; init; }

        public string Lod { get; init; } = "";

        public bool Label { get; init; }

        public bool Subtitle { get; init; }

        public bool Port { get; init; }

        public bool Icon { get; init; }

        public bool Title { get; init; }

        public bool Arrow { get; init; }

        public bool Dashes { get; init; }

        public bool Grid { get; init; }
    }

    private const string DetailScript = """
        canvas => {
            const shown = selector => { const el = canvas.querySelector(selector); return !!el && el.checkVisibility(); };
            const scale = /scale\(([^)]+)\)/.exec(canvas.querySelector('.diagram-viewport').style.transform);
            return {
                zoom: Number(scale[1]), lod: canvas.dataset.lod, label: shown('.diagram-link-label'), subtitle: shown('.diagram-node-subtitle'),
                port: shown('.diagram-port'), icon: shown('.diagram-node-title svg'), title: shown('.diagram-node-title'),
                arrow: getComputedStyle(canvas.querySelector('path.diagram-link')).markerEnd !== 'none',
                dashes: getComputedStyle(canvas.querySelector('path.diagram-link.tool')).strokeDasharray !== 'none',
                grid: getComputedStyle(canvas).backgroundImage !== 'none',
            };
        }
        """;

    private static string ExpectedLevel(double zoom) => zoom >= DiagramDetails.OverviewBelowZoom ? "full" : zoom >= DiagramDetails.OutlineBelowZoom ? "reduced" : "outline";

    [Fact]
    public async Task TemplateOpenedInA1280By720Window_ShowsItsEdgeLabelsAndSubtitles_WithoutZooming()
    {
        // The templates fit such a window at about 0.47: the first view a new user gets of a template is complete.
        var page = await fixture.NewPageAsync();
        await page.SetViewportSizeAsync(1280, 720);
        await OpenNewFromTemplateAsync(page, "customer-support", "First view");
        var canvas = DesignerCanvas(page);

        await Assertions.Expect(canvas).ToHaveAttributeAsync("data-detail", "full");
        var detail = await canvas.EvaluateAsync<Detail>(DetailScript);
        Assert.True(detail.Zoom < 1, $"the template opened at zoom {detail.Zoom}: not fitted, so this says nothing about the fitted view");
        Assert.Equal(new Detail { Zoom = detail.Zoom, Lod = "full", Label = true, Subtitle = true, Port = true, Icon = true, Title = true, Arrow = true, Dashes = true, Grid = true }, detail);
        await Assertions.Expect(canvas.Locator(".diagram-link-label").First).ToBeVisibleAsync();
        await Assertions.Expect(canvas.Locator(".diagram-node-subtitle").First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task ZoomingOut_DropsLabelsAndDetailsAtTheThresholds_AndSetsTheLevelOnlyWhenItChanges()
    {
        var page = await fixture.NewPageAsync();
        await OpenNewFromTemplateAsync(page, "customer-support", "Level of detail");
        var canvas = DesignerCanvas(page);
        await canvas.EvaluateAsync("canvas => { window.__lodWrites = 0; new MutationObserver(r => window.__lodWrites += r.length).observe(canvas, { attributes: true, attributeFilter: ['data-lod'] }); }");
        var box = (await canvas.BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(box.X + (box.Width / 2), box.Y + (box.Height / 2));

        var seen = new List<Detail> { await canvas.EvaluateAsync<Detail>(DetailScript) };
        Assert.True(seen[0].Zoom >= DiagramDetails.OverviewBelowZoom, $"the template opened at zoom {seen[0].Zoom}, already below full detail");
        // Out to the wheel's limit (0.2) in steps of about 14 %, then back in to full detail.
        foreach (var (delta, done) in new (int, Func<double, bool>)[] { (100, z => z <= 0.2001), (-100, z => z >= DiagramDetails.OverviewBelowZoom) })
        {
            while (!done(seen[^1].Zoom))
            {
                var before = seen[^1].Zoom;
                await page.Mouse.WheelAsync(0, delta);
                await page.WaitForFunctionAsync(
                    "([selector, before]) => !document.querySelector(selector).querySelector('.diagram-viewport').style.transform.includes(`scale(${before})`)",
                    new object[] { DesignerCanvasSelector, before });
                // The server draws labels, icons and ports only at full detail, a view report and a render after the zoom.
                await page.WaitForFunctionAsync(
                    "([selector, full]) => { const c = document.querySelector(selector); const z = Number(/scale\\(([^)]+)\\)/.exec(c.querySelector('.diagram-viewport').style.transform)[1]); return c.dataset.detail === (z >= full ? 'full' : 'overview'); }",
                    new object[] { DesignerCanvasSelector, DiagramDetails.OverviewBelowZoom });
                seen.Add(await canvas.EvaluateAsync<Detail>(DetailScript));
            }
        }

        foreach (var detail in seen)
        {
            var level = ExpectedLevel(detail.Zoom);
            var full = level == "full";
            // The outline also leaves out arrowheads, tool links' dashes and the grid (a few pixels on screen there).
            var outline = level == "outline";
            Assert.Equal(new Detail { Zoom = detail.Zoom, Lod = level, Label = full, Subtitle = full, Port = full, Icon = full, Title = !outline, Arrow = !outline, Dashes = !outline, Grid = !outline }, detail);
        }

        Assert.Equal(["full", "reduced", "outline"], seen.Select(d => d.Lod).Distinct());
        var changes = seen.Zip(seen.Skip(1)).Count(pair => pair.First.Lod != pair.Second.Lod);
        Assert.Equal(changes, await page.EvaluateAsync<int>("() => window.__lodWrites"));
        await Assertions.Expect(canvas.Locator(".diagram-link-label").First).ToBeVisibleAsync();
    }
}
