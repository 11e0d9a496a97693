using System.Collections.Concurrent;
using System.Text.Json;
using AgentStudio.Tests.Fakes;
using AgentStudio.Tests.Support;
using Microsoft.Playwright;

namespace AgentStudio.Tests.Browser;

/// <summary>
/// Streaming under measurement and load. The latency figures (a chunk leaving the fake model server → its text in
/// the page) are recorded in the test output and /tmp/agentstudio-stream-latency.json for the report; the
/// test asserts behaviour only: every chunk arrives, in order, and 20 pages streaming at once all complete.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait(TestCategories.Trait, TestCategories.Measurement)]
public sealed class PlaygroundLoadTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task TwoHundredChunks_FromTheModelServer_AppearInThePage_InOrder()
    {
        await using var server = await FakeOpenAIServer.StartAsync();
        var sent = new ConcurrentDictionary<int, double>();
        server.ThenNumberedChunks(200, TimeSpan.FromMilliseconds(15), sent);
        var page = await fixture.NewPageAsync();
        await BrowserFixture.GotoInteractiveAsync(page, "/settings");
        await page.GetByTestId("provider-name").FillAsync("latency-probe");
        await page.GetByTestId("provider-endpoint").FillAsync(server.BaseAddress.ToString());
        await page.GetByTestId("provider-models").FillAsync("probe-model");
        await page.GetByTestId("save-provider").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=provider-row][data-name=latency-probe]")).ToHaveCountAsync(1);
        try
        {
            var design = new AgentStudio.Core.Designs.DesignDocument
            {
                Name = "Latency probe",
                Entry = "solo",
                Agents = [new AgentStudio.Core.Designs.AgentDefinition { Id = "solo", Name = "SoloAgent", Instructions = "Answer.", Model = "probe-model" }],
            };
            using var folder = new Support.TemporaryFolder();
            var file = Path.Combine(folder.Path, "latency.agentstudio.json");
            await File.WriteAllTextAsync(file, AgentStudio.Core.Serialization.DesignSerializer.Write(design), TestContext.Current.CancellationToken);
            await BrowserFixture.GotoInteractiveAsync(page, "/designs");
            var known = await BrowserFlows.ListedDesignIdsAsync(page);
            await BrowserFlows.PickFileAsync(page, "import-input", file);
            var id = await BrowserFlows.NewDesignIdAsync(page, known, "Latency probe");
            await BrowserFlows.OpenDesignAsync(page, id);
            await BrowserFlows.OpenPlaygroundAsync(page, id);
            // On the playground's own chat, which the locator waits for: the designer page has a diagram too, and an
            // observer set up before the playground is there would have no node to attach to.
            await page.GetByTestId("playground").GetByTestId("chat").EvaluateAsync("""
                chat => {
                    window.__seen = {};
                    new MutationObserver(() => {
                        const now = performance.timeOrigin + performance.now();
                        const texts = chat.querySelectorAll('[data-testid="chat-agent-text"]');
                        if (texts.length === 0) return;
                        for (const m of texts[texts.length - 1].textContent.matchAll(/k(\d+)/g)) {
                            if (!(m[1] in window.__seen)) window.__seen[m[1]] = now;
                        }
                    }).observe(chat, { subtree: true, childList: true, characterData: true });
                }
                """);

            await page.GetByTestId("chat-input").FillAsync("Count");
            await page.GetByTestId("send").ClickAsync();
            await Assertions.Expect(page.GetByTestId("chat-outcome")).ToHaveAttributeAsync("data-status", "completed", new() { Timeout = 60_000 });

            var seen = await page.EvaluateAsync<Dictionary<string, double>>("() => window.__seen");
            Assert.Equal(200, seen.Count);
            var latencies = seen.Select(p => p.Value - sent[int.Parse(p.Key, System.Globalization.CultureInfo.InvariantCulture)]).Order().ToArray();
            var order = seen.OrderBy(p => p.Value).Select(p => int.Parse(p.Key, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            Assert.Equal(order.Order(), order);
            var json = JsonSerializer.Serialize(new
            {
                chunks = latencies.Length,
                p50Ms = Math.Round(latencies[latencies.Length / 2], 1),
                p90Ms = Math.Round(latencies[(int)(latencies.Length * 0.9)], 1),
                p99Ms = Math.Round(latencies[(int)(latencies.Length * 0.99)], 1),
                maxMs = Math.Round(latencies[^1], 1),
            });
            TestContext.Current.TestOutputHelper?.WriteLine(json);
            await File.WriteAllTextAsync(Path.Combine(Path.GetTempPath(), "agentstudio-stream-latency.json"), json, TestContext.Current.CancellationToken);
        }
        finally
        {
            await BrowserFixture.GotoInteractiveAsync(page, "/settings");
            await page.Locator("[data-testid=provider-row][data-name=latency-probe]").GetByTestId("delete-provider").ClickAsync();
            await BrowserFlows.AnswerConfirmationAsync(page, "Delete");
            await Assertions.Expect(page.Locator("[data-testid=provider-row][data-name=latency-probe]")).ToHaveCountAsync(0);
        }
    }

    [Fact]
    public async Task TwentyPagesStreamingAtOnce_AllComplete_WithoutErrors()
    {
        var first = await fixture.NewPageAsync();
        var url = await BrowserFlows.OpenPlaygroundOfNewAsync(first, "customer-support", "Twenty at once");
        var pages = new List<IPage> { first };
        for (var i = 1; i < 20; i++)
        {
            var page = await first.Context.NewPageAsync();
            await BrowserFixture.GotoInteractiveAsync(page, url);
            pages.Add(page);
        }

        await Task.WhenAll(pages.Select(async page =>
        {
            await Assertions.Expect(page.GetByTestId("chat-input")).ToBeEnabledAsync(new() { Timeout = 30_000 });
            await page.GetByTestId("chat-input").FillAsync("I was charged twice for my subscription last month");
            await page.GetByTestId("send").ClickAsync();
        }));

        foreach (var page in pages)
        {
            await Assertions.Expect(page.GetByTestId("chat-outcome")).ToHaveAttributeAsync("data-status", "completed", new() { Timeout = 60_000 });
            await Assertions.Expect(page.GetByText("Something went wrong")).ToHaveCountAsync(0);
            await Assertions.Expect(page.GetByTestId("chat-agent-message").Last).ToHaveAttributeAsync("data-agent", "BillingAgent");
        }

        foreach (var page in pages)
        {
            await page.CloseAsync();
        }
    }
}
