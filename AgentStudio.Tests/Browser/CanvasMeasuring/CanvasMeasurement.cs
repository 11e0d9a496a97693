using System.Globalization;
using System.Runtime.CompilerServices;
using AgentStudio.Tests.Support;
using Microsoft.Playwright;

namespace AgentStudio.Tests.Browser.CanvasMeasuring;

/// <summary>
/// Issue 17's measurement of the designer's canvas: for designs of agents and tools with twice as many links as nodes
/// (<see cref="BigDesigns.AgentsAndTools"/>) at 50 / 500 / 2,000 / 5,000 nodes, saved through the app's storage and
/// opened in the designer three times each (medians of the runs): first graph paint, interactive, a 2 s drag, a pan,
/// a wheel zoom, the JavaScript heap, the bytes of the page and the circuit on opening, and the server's managed
/// heap per open designer circuit and per playground circuit (heap dumps after a full collection with the runs'
/// pages open, minus the heap before them, divided by the pages; a designer and a playground opened before the
/// baseline keep the server's warm-up out of it).
/// It takes about a quarter of an hour, so it runs only when asked:
/// <code>dotnet tool restore &amp;&amp; AGENTSTUDIO_MEASURE_CANVAS=1 dotnet test --project AgentStudio.Tests -c Release --no-build -- --filter-class '*CanvasMeasurement'</code>
/// <c>AGENTSTUDIO_MEASURE_CANVAS_SIZES</c> (e.g. <c>50,500</c>) and <c>AGENTSTUDIO_MEASURE_CANVAS_RUNS</c> change the
/// sizes and runs; the table goes to the test output and to <c>AGENTSTUDIO_MEASURE_CANVAS_OUT</c> (by default
/// <c>/tmp/agentstudio-canvas/canvas-measurement.md</c>).
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait(TestCategories.Trait, TestCategories.Measurement)]
public sealed class CanvasMeasurement(BrowserFixture browser)
{
    private const string PlaygroundMessage = "Please look up my order";

    [Fact]
    public async Task Designer_AtFourSizes_OpensDragsPansAndZooms_AndTheTableIsWritten()
    {
        Assert.SkipUnless(Environment.GetEnvironmentVariable("AGENTSTUDIO_MEASURE_CANVAS") == "1",
            "Set AGENTSTUDIO_MEASURE_CANVAS=1 (after dotnet tool restore, for dotnet-gcdump) to measure the canvas at 50 / 500 / 2,000 / 5,000 nodes (takes about 15 minutes): " +
            "AGENTSTUDIO_MEASURE_CANVAS=1 dotnet test --project AgentStudio.Tests -c Release --no-build -- --filter-class '*CanvasMeasurement'");
        var sizes = (Environment.GetEnvironmentVariable("AGENTSTUDIO_MEASURE_CANVAS_SIZES") ?? "50,500,2000,5000")
            .Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        var runs = int.TryParse(Environment.GetEnvironmentVariable("AGENTSTUDIO_MEASURE_CANVAS_RUNS"), CultureInfo.InvariantCulture, out var r) ? r : 3;
        var output = Environment.GetEnvironmentVariable("AGENTSTUDIO_MEASURE_CANVAS_OUT") is { Length: > 0 } path
            ? path
            : Path.Combine(Path.GetTempPath(), "agentstudio-canvas", "canvas-measurement.md");
        var cancellationToken = TestContext.Current.CancellationToken;

        var note = $"Canvas measurement, {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC, commit {GitHead()}: headless Chromium without GPU, " +
            $"{Environment.ProcessorCount} cores, 1400×900 page; medians of {runs} runs; frames are requestAnimationFrame intervals (16.7 ms = 60 fps); " +
            "server memory is the managed heap after a full collection (dotnet-gcdump), per open page.";
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        var results = new List<CanvasSizeResult>();
        foreach (var nodes in sizes)
        {
            results.Add(await MeasureSizeAsync(nodes, runs, cancellationToken));
            // Written after each size: the small sizes are kept even when a big one fails or is stopped.
            await File.WriteAllTextAsync(output, CanvasTable.Markdown(results, note), cancellationToken);
        }

        TestContext.Current.TestOutputHelper?.WriteLine(CanvasTable.Markdown(results, note));
        Assert.All(results.SelectMany(s => s.Runs), run => Assert.True(run.Drag.Frames > 0 && run.CircuitBytesOnOpen > 0, $"A run measured nothing: {run}"));
    }

    // One app per size, so that circuits of another size (Blazor keeps a closed page's circuit for minutes) are not counted.
    private async Task<CanvasSizeResult> MeasureSizeAsync(int nodes, int runs, CancellationToken cancellationToken)
    {
        var id = new StrongBox<Guid>();
        await using var app = await AppProcess.StartBuiltAsync(DesignSeeding.Saving(BigDesigns.AgentsAndTools(nodes), id), cancellationToken);
        // Big designs take long on a loaded machine; a wait ends as soon as its condition holds.
        var timeoutMs = 60_000f + (nodes * 60f);
        var contexts = new List<IBrowserContext>();
        try
        {
            // A designer and a playground opened first and left open: the server's first use of each (compiling code,
            // filling caches) is in the baseline, not in the first measured page.
            await OpenDesignerAsync(await NewPageAsync(app.BaseAddress, timeoutMs, contexts), id.Value, timeoutMs);
            await ChatInPlaygroundAsync(await NewPageAsync(app.BaseAddress, timeoutMs, contexts), id.Value, timeoutMs);
            var baseline = await HeapSnapshot.TakeAsync(app.ProcessId, $"canvas-{nodes}-baseline", cancellationToken);
            var measured = new List<CanvasRun>();
            for (var run = 0; run < runs; run++)
            {
                var page = await NewPageAsync(app.BaseAddress, timeoutMs, contexts);
                measured.Add(await CanvasOpenProbe.MeasureAsync(page, $"/designs/{id.Value}", timeoutMs));
            }

            var designers = await HeapSnapshot.TakeAsync(app.ProcessId, $"canvas-{nodes}-designers", cancellationToken);
            for (var run = 0; run < runs; run++)
            {
                await ChatInPlaygroundAsync(await NewPageAsync(app.BaseAddress, timeoutMs, contexts), id.Value, timeoutMs);
            }

            var playgrounds = await HeapSnapshot.TakeAsync(app.ProcessId, $"canvas-{nodes}-playgrounds", cancellationToken);
            return new CanvasSizeResult(nodes, measured, (designers.HeapBytes - baseline.HeapBytes) / runs, (playgrounds.HeapBytes - designers.HeapBytes) / runs);
        }
        finally
        {
            foreach (var context in contexts)
            {
                await context.CloseAsync();
            }
        }
    }

    private static async Task OpenDesignerAsync(IPage page, Guid id, float timeoutMs)
    {
        await page.GotoAsync($"/designs/{id}");
        await Assertions.Expect(BrowserFlows.DesignerCanvas(page)).ToHaveAttributeAsync("data-ready", "true", new() { Timeout = timeoutMs });
    }

    // Opens the playground and has one message answered (the entry agent calls its two tools).
    private static async Task ChatInPlaygroundAsync(IPage page, Guid id, float timeoutMs)
    {
        await page.GotoAsync($"/designs/{id}/play");
        await Assertions.Expect(BrowserFlows.PlaygroundCanvas(page)).ToHaveAttributeAsync("data-ready", "true", new() { Timeout = timeoutMs });
        await BrowserFlows.SendMessageAsync(page, PlaygroundMessage);
        await Assertions.Expect(page.GetByTestId("chat-outcome")).ToHaveAttributeAsync("data-status", "completed", new() { Timeout = timeoutMs });
    }

    private async Task<IPage> NewPageAsync(Uri baseAddress, float timeoutMs, List<IBrowserContext> contexts)
    {
        var page = await browser.NewPageAsync(baseAddress);
        contexts.Add(page.Context);
        page.Context.SetDefaultTimeout(timeoutMs);
        return page;
    }

    // The commit measured, read from .git without running git.
    private static string GitHead()
    {
        var git = Path.Combine(RepositoryPaths.Root, ".git");
        // In a worktree (a checkout of another commit to measure beside this one) .git is a file naming the worktree's
        // own folder, whose commondir names the repository's, where the branches are.
        if (File.Exists(git))
        {
            git = Path.GetFullPath(File.ReadAllText(git).Trim()["gitdir: ".Length..], RepositoryPaths.Root);
        }

        var commonDir = Path.Combine(git, "commondir");
        var common = File.Exists(commonDir) ? Path.GetFullPath(File.ReadAllText(commonDir).Trim(), git) : git;
        var head = File.ReadAllText(Path.Combine(git, "HEAD")).Trim();
        if (!head.StartsWith("ref: ", StringComparison.Ordinal))
        {
            return head[..Math.Min(10, head.Length)];
        }

        var reference = Path.Combine(common, head[5..]);
        return File.Exists(reference) ? File.ReadAllText(reference).Trim()[..10] : head[5..];
    }
}
