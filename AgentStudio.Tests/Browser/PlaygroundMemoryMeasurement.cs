using System.Diagnostics;
using AgentStudio.Tests.Support;
using Microsoft.Playwright;

namespace AgentStudio.Tests.Browser;

/// <summary>
/// Measures the server's memory under 20 pages streaming in the playground, and whether anything stays rooted once
/// the pages are closed and their circuits are gone. It takes minutes, so it runs only when
/// <c>AGENTSTUDIO_MEASURE_MEMORY=1</c> is set (with <c>dotnet tool restore</c> done first, for dotnet-gcdump):
/// <code>AGENTSTUDIO_MEASURE_MEMORY=1 AGENTSTUDIO_MEASURE_MINUTES=5 dotnet test --project AgentStudio.Tests -c Release --no-build -- --filter-class '*PlaygroundMemoryMeasurement'</code>
/// The figures go to the test output and to <c>/tmp/agentstudio-memory/</c> (a heap dump and its report per phase).
/// </summary>
[Trait("Category", "Measurement")]
public sealed class PlaygroundMemoryMeasurement
{
    private const int Pages = 20;

    // What a playground circuit holds: none of these may stay once every page is closed and its circuit is gone.
    private static readonly string[] CircuitScopedTypes =
    [
        "Microsoft.AspNetCore.Components.Server.Circuits.CircuitHost",
        "AgentStudio.Playground.PlaygroundSession",
        "AgentStudio.Components.Pages.Playground.PlaygroundPage",
        "AgentStudio.Core.Running.AgentRun",
        "AgentStudio.Core.Running.Tracing.RunTrace",
        "AgentStudio.Core.Running.Tracing.TraceSpan",
        "AgentStudio.Core.Running.RunResult",
    ];

    private static readonly string OutputFolder = Path.Combine(Path.GetTempPath(), "agentstudio-memory");

    [Fact]
    public async Task TwentyStreamingPages_OnceClosed_LeaveNoCircuitStateRooted()
    {
        Assert.SkipUnless(Environment.GetEnvironmentVariable("AGENTSTUDIO_MEASURE_MEMORY") == "1", "Set AGENTSTUDIO_MEASURE_MEMORY=1 to measure the server's memory (takes minutes).");
        var minutes = double.TryParse(Environment.GetEnvironmentVariable("AGENTSTUDIO_MEASURE_MINUTES"), System.Globalization.CultureInfo.InvariantCulture, out var m) ? m : 5;
        var cancellationToken = TestContext.Current.CancellationToken;
        Directory.CreateDirectory(OutputFolder);
        var snapshots = new List<HeapSnapshot>();

        await using var app = await AppProcess.StartBuiltAsync(cancellationToken);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserFixture.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });

        var setup = await NewPageAsync(browser, app.BaseAddress);
        var url = await BrowserFlows.OpenPlaygroundOfNewAsync(setup, "customer-support", "Memory measurement");
        await setup.Context.CloseAsync();
        snapshots.Add(await HeapSnapshot.TakeAsync(app.ProcessId, "baseline", cancellationToken));

        // One after another: twenty first renders at once can take longer than a navigation may on a busy machine.
        var pages = new List<IPage>();
        for (var i = 0; i < Pages; i++)
        {
            var page = await NewPageAsync(browser, app.BaseAddress);
            await BrowserFixture.GotoInteractiveAsync(page, url);
            pages.Add(page);
        }

        var load = Stopwatch.StartNew();
        var sent = await Task.WhenAll(pages.Select(page => ChatUntilAsync(page, TimeSpan.FromMinutes(minutes))));
        var answered = $"{sent.Sum()} messages answered on {Pages} pages in {load.Elapsed.TotalSeconds:F0} s";
        snapshots.Add(await HeapSnapshot.TakeAsync(app.ProcessId, "loaded", cancellationToken));

        foreach (var page in pages)
        {
            await page.Context.CloseAsync();
        }

        snapshots.Add(await HeapSnapshot.TakeAsync(app.ProcessId, "closed", cancellationToken));

        // Blazor keeps a circuit whose page went away without saying so for DisconnectedCircuitRetentionPeriod (3 min):
        // wait for the circuits to go, as the heap shows them, not for a fixed time.
        var waited = Stopwatch.StartNew();
        while (snapshots[^1].Count(CircuitScopedTypes[0]) > 0 && waited.Elapsed < TimeSpan.FromMinutes(5))
        {
            await Task.Delay(TimeSpan.FromSeconds(15), cancellationToken);
            snapshots.Add(await HeapSnapshot.TakeAsync(app.ProcessId, $"released-{waited.Elapsed.TotalSeconds:F0}s", cancellationToken));
        }

        var released = snapshots[^1];
        string[] summary = [answered, .. snapshots.Select(s => s.Summary(CircuitScopedTypes)), $"Largest types once released:\n{released.Largest(15)}"];
        TestContext.Current.TestOutputHelper?.WriteLine(string.Join('\n', summary));
        await File.WriteAllLinesAsync(Path.Combine(OutputFolder, "summary.txt"), summary, cancellationToken);
        Assert.All(CircuitScopedTypes, type => Assert.True(released.Count(type) == 0, $"{released.Count(type)} {type} still rooted after every page closed:\n{released.Report}"));
    }

    private static async Task<IPage> NewPageAsync(IBrowser browser, Uri baseAddress)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseAddress.ToString(), ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
        context.SetDefaultTimeout(60_000);
        return await context.NewPageAsync();
    }

    // Sends a message, waits for its outcome, and again, until the time is up; returns how many were answered.
    private static async Task<int> ChatUntilAsync(IPage page, TimeSpan duration)
    {
        var clock = Stopwatch.StartNew();
        var answered = 0;
        while (clock.Elapsed < duration)
        {
            await Assertions.Expect(page.GetByTestId("chat-input")).ToBeEnabledAsync();
            await page.GetByTestId("chat-input").FillAsync($"I was charged twice for my subscription last month ({answered})");
            await page.GetByTestId("send").ClickAsync();
            await Assertions.Expect(page.GetByTestId("chat-outcome")).ToHaveCountAsync(answered + 1, new() { Timeout = 120_000 });
            answered++;
        }

        return answered;
    }
}
