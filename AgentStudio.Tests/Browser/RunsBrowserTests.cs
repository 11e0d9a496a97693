using System.Text.RegularExpressions;
using AgentStudio.Core.Running;
using AgentStudio.Core.Running.Records;
using AgentStudio.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static AgentStudio.Tests.Browser.BrowserFlows;

namespace AgentStudio.Tests.Browser;

/// <summary>
/// The runs list, a run and the comparison in Chromium, read by someone in Tokyo whose browser speaks German: the words,
/// the times in their zone and language, and deleting runs (after asking).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class RunsBrowserTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    // 05:06 and 06:30 UTC are 14:06 and 15:30 in Tokyo (UTC+9, no daylight saving).
    private static readonly DateTimeOffset FirstStart = new(2026, 3, 4, 5, 6, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset SecondStart = new(2026, 3, 4, 6, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task RunsOfADesign_SayWhatHappened_InTheReadersTimeZoneAndLanguage_AndDeleteAfterAsking()
    {
        var page = await TokyoGermanPageAsync();
        await BrowserFixture.GotoInteractiveAsync(page, "/designs");
        var designId = Guid.Parse(await CreateDesignAsync(page, "blank", "Runs check"));
        var first = await SaveRunAsync(designId, FirstStart, "I was charged twice", AgentStudio.Playground.PlaygroundSessionFactory.AsDesigned, requests: 1);
        var second = await SaveRunAsync(designId, SecondStart, "Where is my parcel?", "simulated", requests: 3);

        await BrowserFixture.GotoInteractiveAsync(page, $"/designs/{designId}/runs");
        await Assertions.Expect(page).ToHaveTitleAsync("Runs of Runs check · AgentStudio");
        var firstRow = Row(page, first);
        await Assertions.Expect(firstRow.GetByTestId("open-run")).ToHaveTextAsync("04.03.2026, 14:06");
        await Assertions.Expect(firstRow.GetByTestId("run-models")).ToHaveTextAsync("as designed");
        await Assertions.Expect(firstRow.GetByTestId("run-status")).ToHaveTextAsync("Completed");
        await Assertions.Expect(Row(page, second).GetByTestId("run-models")).ToHaveTextAsync("simulated");
        await Assertions.Expect(firstRow.GetByTestId("delete-run")).ToBeInViewportAsync();
        await Assertions.Expect(firstRow.GetByTestId("run-models")).ToBeInViewportAsync(new() { Ratio = 1 });
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "agentstudio-runs.png") });

        await firstRow.GetByTestId("pick-run").ClickAsync();
        await Row(page, second).GetByTestId("pick-run").ClickAsync();
        await page.GetByTestId("compare-runs").ClickAsync();
        await Assertions.Expect(page.GetByTestId("compare-run-a")).ToContainTextAsync("Run A · 04.03.2026, 14:06");
        await Assertions.Expect(page.GetByTestId("compare-run-a")).ToContainTextAsync("“I was charged twice”");
        await Assertions.Expect(page.GetByTestId("compare-run-b")).ToContainTextAsync("Run B · 04.03.2026, 15:30");
        await Assertions.Expect(page.GetByTestId("compare-run-b")).ToContainTextAsync("“Where is my parcel?”");
        await Assertions.Expect(page.GetByTestId("compare-table").Locator("tr", new() { HasText = "Models" })).ToContainTextAsync("as designed");
        await Assertions.Expect(page).ToHaveTitleAsync("Compare runs of Runs check · AgentStudio");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "agentstudio-compare.png") });

        await BrowserFixture.GotoInteractiveAsync(page, $"/runs/{first}");
        await Assertions.Expect(page).ToHaveTitleAsync("Run of Runs check · AgentStudio");
        await Assertions.Expect(page.GetByTestId("run-started")).ToHaveTextAsync("04.03.2026, 14:06");
        await Assertions.Expect(page.GetByTestId("run-summary")).ToContainTextAsync("Completed · last agent SoloAgent");
        await Assertions.Expect(page.GetByTestId("run-summary")).ToContainTextAsync(" 1 model call ");

        // A span of the stored trace, picked with the keyboard, is marked as picked and its details open.
        var span = page.GetByTestId("trace-span").First;
        await TabToAsync(page, span.GetByTestId("trace-span-button"));
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(span).ToHaveClassAsync(new Regex(@"\bselected\b"));
        await Assertions.Expect(span.GetByTestId("trace-span-button")).ToHaveAttributeAsync("aria-pressed", "true");
        await Assertions.Expect(page.GetByTestId("span-details")).ToBeVisibleAsync();

        // From the run's page: asks, then goes back to the list, where the run is gone.
        await page.GetByTestId("delete-run").ClickAsync();
        await AnswerConfirmationAsync(page, "Delete");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/designs/{designId}/runs$"));
        await Assertions.Expect(page.GetByTestId("run-row")).ToHaveCountAsync(1);

        // From the list: Cancel keeps the run, Delete deletes it.
        await Row(page, second).GetByTestId("delete-run").ClickAsync();
        await AnswerConfirmationAsync(page, "Cancel");
        await Assertions.Expect(Row(page, second)).ToHaveCountAsync(1);
        await Row(page, second).GetByTestId("delete-run").ClickAsync();
        await AnswerConfirmationAsync(page, "Delete");
        await Assertions.Expect(page.GetByTestId("runs-empty")).ToBeVisibleAsync();
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByTestId("runs-empty")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task RunsOfAnUnknownDesign_SayItIsNotFound()
    {
        var page = await fixture.NewPageAsync();
        await BrowserFixture.GotoInteractiveAsync(page, $"/designs/{Guid.NewGuid()}/runs");

        await Assertions.Expect(page.GetByTestId("runs-design-not-found")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("runs-empty")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task TimesRenderedBeforeTheScript_AreMarkedUtc_NeverAWrongLocalTime()
    {
        var page = await TokyoGermanPageAsync();
        await BrowserFixture.GotoInteractiveAsync(page, "/designs");
        var designId = Guid.Parse(await CreateDesignAsync(page, "blank", "Prerendered times"));
        var run = await SaveRunAsync(designId, FirstStart, "hello", "simulated", requests: 2);

        var html = await (await page.Context.APIRequest.GetAsync($"/runs/{run}")).TextAsync();

        Assert.Matches("<time datetime=\"2026-03-04T05:06:00Z\"[^>]*>4 Mar 2026, 05:06 UTC</time>", html);
    }

    private static ILocator Row(IPage page, Guid run) => page.Locator($"[data-testid=run-row][data-run-id='{run}']");

    // Chromium's own time zone and language for this page, as a reader abroad has them.
    private async Task<IPage> TokyoGermanPageAsync()
    {
        var page = await fixture.NewPageAsync();
        await page.SetViewportSizeAsync(1280, 720);
        var session = await page.Context.NewCDPSessionAsync(page);
        await session.SendAsync("Emulation.setTimezoneOverride", new Dictionary<string, object> { ["timezoneId"] = "Asia/Tokyo" });
        await session.SendAsync("Emulation.setLocaleOverride", new Dictionary<string, object> { ["locale"] = "de-DE" });
        return page;
    }

    // Stored straight into the app's database, as the playground stores a finished run, with times the test chooses.
    private async Task<Guid> SaveRunAsync(Guid designId, DateTimeOffset startedAt, string input, string models, int requests)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["AgentStudio:DataFolder"] = fixture.DataFolder })
            .Build();
        await using var services = new ServiceCollection().AddLogging().AddSingleton(TimeProvider.System).AddAgentStudioStorage(configuration).BuildServiceProvider();
        var run = new RunRecord
        {
            Id = Guid.NewGuid(), DesignId = designId, DesignName = "Runs check", Input = input, Models = models,
            Status = RunStatus.Completed, LastAgent = "SoloAgent", FinalOutput = "Done.", StartedAt = startedAt,
            DurationMs = 1200, Usage = new RunUsage(requests, 100, 20), Turns = requests, Items = [],
            Spans = [new SpanRecord("s1", null, AgentStudio.Core.Running.Tracing.SpanKind.Agent, "SoloAgent", startedAt, startedAt.AddMilliseconds(1200),
                AgentStudio.Core.Running.Tracing.SpanStatus.Ok, null, [])],
        };
        await services.GetRequiredService<IRunStore>().SaveAsync(run, TestContext.Current.CancellationToken);
        return run.Id;
    }
}
