using System.Text.Json;
using AgentStudio.Core.Designs;
using AgentStudio.Tests.Support;
using Microsoft.Playwright;

namespace AgentStudio.Tests.Browser;

/// <summary>
/// A design of 500 nodes and 1,000 links opens and stays interactive in Chromium. The test asserts behaviour only;
/// it records the first-render and drag frame times in the test output (and /tmp/agentstudio-designer-scale.json)
/// for the measurement, never as a pass/fail threshold.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait(TestCategories.Trait, TestCategories.Measurement)]
public sealed class DesignerScaleTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private static DesignDocument Generate()
    {
        var agents = Enumerable.Range(0, 300).Select(i => new AgentDefinition { Id = $"a{i}", Name = $"Agent{i}", Instructions = "Help. If a tool fails, apologise and escalate.", HandoffDescription = $"Area {i}", Model = "gpt-4o-mini" }).ToList();
        var tools = Enumerable.Range(0, 200).Select(i => (ToolDefinition)new MockTool { Id = $"t{i}", Name = $"tool_{i}", Description = "Looks up", Response = "ok" }).ToList();
        var edges = new List<DesignEdge>();
        for (var i = 0; i < 300 && edges.Count < 1000; i++)
        {
            foreach (var next in new[] { i + 1, i + 2 }.Where(n => n < 300))
            {
                edges.Add(new HandoffEdge { Id = $"h{i}-{next}", From = $"a{i}", To = $"a{next}", Description = "Next area" });
            }

            edges.Add(new ToolEdge { Id = $"u{i}", From = $"a{i}", To = $"t{i % 200}" });
            edges.Add(new ToolEdge { Id = $"v{i}", From = $"a{i}", To = $"t{(i + 7) % 200}" });
        }

        var layout = new Dictionary<string, CanvasPosition>();
        for (var i = 0; i < 300; i++)
        {
            layout[$"a{i}"] = new CanvasPosition((i % 20) * 300, (i / 20) * 260);
        }

        for (var i = 0; i < 200; i++)
        {
            layout[$"t{i}"] = new CanvasPosition((i % 20) * 300, 4000 + ((i / 20) * 130));
        }

        return new DesignDocument { Name = "Scale 500", Entry = "a0", Agents = agents, Tools = tools, Edges = [.. edges.Take(1000)], Layout = layout };
    }

    [Fact]
    public async Task FiveHundredNodesAndAThousandLinks_OpenAndDragWithOneCommit()
    {
        var page = await fixture.NewPageAsync();
        await BrowserFixture.GotoInteractiveAsync(page, "/designs");
        Assert.DoesNotContain(AgentStudio.Core.Validation.DesignValidator.Validate(Generate()), p => p.IsError);
        var id = await BrowserFlows.ImportDesignAsync(page, Generate());
        var href = await BrowserFlows.DesignRow(page, id).GetByTestId("open-design").GetAttributeAsync("href");

        await page.GotoAsync(href!);
        await Assertions.Expect(BrowserFlows.DesignerCanvas(page)).ToHaveAttributeAsync("data-ready", "true", new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator(".diagram-node")).ToHaveCountAsync(500);
        await Assertions.Expect(page.Locator("path.diagram-link")).ToHaveCountAsync(1000);
        var interactiveMs = await page.EvaluateAsync<double>("() => performance.now()");
        // The page is prerendered: the nodes are on screen when the HTML is, before the circuit is interactive.
        var firstRenderMs = await page.EvaluateAsync<double>("() => { const n = performance.getEntriesByType('navigation')[0]; const paint = performance.getEntriesByName('first-contentful-paint')[0]; return paint ? paint.startTime : n.domContentLoadedEventEnd; }");

        await page.GetByTestId("fit").ClickAsync();
        var node = await page.GetByTestId("node-a0").BoundingBoxAsync();
        await page.EvaluateAsync("() => { window.__frames = []; window.__recording = true; const loop = t => { window.__frames.push(t); if (window.__recording) requestAnimationFrame(loop); }; requestAnimationFrame(loop); }");
        await page.Mouse.MoveAsync(node!.X + 5, node.Y + 5);
        await page.Mouse.DownAsync();
        for (var i = 1; i <= 60; i++)
        {
            await page.Mouse.MoveAsync(node.X + 5 + (i * 3), node.Y + 5 + (i * 2));
        }

        await page.Mouse.UpAsync();
        var frames = await page.EvaluateAsync<double[]>("() => { window.__recording = false; return window.__frames; }");
        await Assertions.Expect(page.GetByTestId("save-status")).ToHaveAttributeAsync("data-state", "saved");

        var intervals = frames.Zip(frames.Skip(1), (a, b) => b - a).Order().ToArray();
        Assert.True(intervals.Length > 10, "the browser drew too few frames while dragging");
        var measurement = new
        {
            firstRenderMs = Math.Round(firstRenderMs),
            interactiveMs = Math.Round(interactiveMs),
            dragFrames = intervals.Length,
            medianFrameMs = Math.Round(intervals[intervals.Length / 2], 1),
            p95FrameMs = Math.Round(intervals[(int)(intervals.Length * 0.95)], 1),
            maxFrameMs = Math.Round(intervals[^1], 1),
            framesOver20Ms = intervals.Count(i => i > 20),
        };
        var json = JsonSerializer.Serialize(measurement);
        TestContext.Current.TestOutputHelper?.WriteLine(json);
        await File.WriteAllTextAsync(Path.Combine(Path.GetTempPath(), "agentstudio-designer-scale.json"), json, TestContext.Current.CancellationToken);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "agentstudio-designer-scale.png") });
    }
}
