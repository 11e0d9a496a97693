using Microsoft.Playwright;

namespace AgentStudio.Tests.Browser;

/// <summary>The playground in Chromium on the simulated model: a streamed answer, the diagram, the timeline, stop.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PlaygroundBrowserTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private static async Task<IPage> OpenTemplatePlaygroundAsync(AppFixture fixture, string template, string name)
    {
        var page = await fixture.NewPageAsync();
        await BrowserFlows.OpenPlaygroundOfNewAsync(page, template, name);
        return page;
    }

    [Fact]
    public async Task ChargedTwice_StreamsAnAnswerFromBilling_WithTheDiagramAndTimeline()
    {
        var page = await OpenTemplatePlaygroundAsync(fixture, "customer-support", "Playground support");
        await Assertions.Expect(page.GetByTestId("simulated-notice")).ToBeVisibleAsync();
        // Count how often the streaming answer's text changes, to see it grow rather than appear at once.
        // On the playground's own chat, which the locator waits for: the observer never attaches to a missing node.
        await page.GetByTestId("playground").GetByTestId("chat").EvaluateAsync("""
            chat => {
                window.__textUpdates = 0;
                new MutationObserver(() => { if (chat.querySelector('[data-streaming="true"]')) window.__textUpdates++; })
                    .observe(chat, { subtree: true, childList: true, characterData: true });
            }
            """);

        await page.GetByTestId("chat-input").FillAsync("I was charged twice for my subscription last month");
        await page.GetByTestId("send").ClickAsync();

        await Assertions.Expect(page.GetByTestId("chat-outcome")).ToHaveAttributeAsync("data-status", "completed", new() { Timeout = 20_000 });
        Assert.True(await page.EvaluateAsync<int>("() => window.__textUpdates") >= 3, "the answer did not grow over several updates");
        await Assertions.Expect(page.GetByTestId("chat-handoff-card")).ToContainTextAsync("TriageAgent handed off to BillingAgent");
        await Assertions.Expect(page.GetByTestId("chat-tool-card")).ToContainTextAsync("lookup_invoices");
        var answer = page.GetByTestId("chat-agent-message").Last;
        await Assertions.Expect(answer).ToHaveAttributeAsync("data-agent", "BillingAgent");
        await Assertions.Expect(answer).ToContainTextAsync("simulated");
        await Assertions.Expect(BrowserFlows.PlaygroundCanvas(page).GetByTestId("node-billing")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("active"));
        await Assertions.Expect(page.Locator("[data-testid=trace-span][data-kind=agent]")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("[data-testid=trace-span][data-kind=generation]")).ToHaveCountAsync(3);
        await Assertions.Expect(page.Locator("[data-testid=trace-span][data-kind=handoff]")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("[data-testid=trace-span][data-kind=function]")).ToHaveCountAsync(1);

        await page.Locator("[data-testid=trace-span][data-kind=handoff]").ClickAsync();
        await Assertions.Expect(page.GetByTestId("span-details")).ToContainTextAsync("to_agent");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "agentstudio-playground.png") });
    }

    [Fact]
    public async Task ClickingSpans_SelectsTheToolsNode_TheHandoffsEdge_AndTheAgentsNode()
    {
        var page = await OpenTemplatePlaygroundAsync(fixture, "customer-support", "Playground span selection");
        await page.GetByTestId("chat-input").FillAsync("I was charged twice for my subscription last month");
        await page.GetByTestId("send").ClickAsync();
        await Assertions.Expect(page.GetByTestId("chat-outcome")).ToHaveAttributeAsync("data-status", "completed", new() { Timeout = 20_000 });
        var selected = new System.Text.RegularExpressions.Regex(@"\bselected\b");
        var diagram = page.GetByTestId("playground");

        // BillingAgent called lookup_invoices: its span selects the tool, not the agent that called it.
        await page.Locator("[data-testid=trace-span][data-kind=function]").ClickAsync();
        await Assertions.Expect(diagram.GetByTestId("node-lookup_invoices")).ToHaveClassAsync(selected);
        await Assertions.Expect(diagram.GetByTestId("node-billing")).Not.ToHaveClassAsync(selected);

        await page.Locator("[data-testid=trace-span][data-kind=handoff]").ClickAsync();
        await Assertions.Expect(diagram.GetByTestId("link-triage-billing")).ToHaveClassAsync(selected);
        await Assertions.Expect(diagram.GetByTestId("node-triage")).Not.ToHaveClassAsync(selected);
        await Assertions.Expect(diagram.GetByTestId("node-lookup_invoices")).Not.ToHaveClassAsync(selected);

        await page.Locator("[data-testid=trace-span][data-kind=agent]").Last.ClickAsync();
        await Assertions.Expect(diagram.GetByTestId("node-billing")).ToHaveClassAsync(selected);
        await Assertions.Expect(diagram.GetByTestId("link-triage-billing")).Not.ToHaveClassAsync(selected);
    }

    [Fact]
    public async Task ASecondMessage_GoesOnWithTheLastAgent_AndNewSessionStartsOver()
    {
        var page = await OpenTemplatePlaygroundAsync(fixture, "customer-support", "Playground follow-up");
        await page.GetByTestId("chat-input").FillAsync("I was charged twice for my subscription");
        await page.GetByTestId("send").ClickAsync();
        await Assertions.Expect(page.GetByTestId("chat-outcome")).ToHaveCountAsync(1, new() { Timeout = 20_000 });

        await page.GetByTestId("chat-input").FillAsync("Thanks, and when will I get it?");
        await page.GetByTestId("send").ClickAsync();

        await Assertions.Expect(page.GetByTestId("chat-outcome")).ToHaveCountAsync(2, new() { Timeout = 20_000 });
        await Assertions.Expect(page.GetByTestId("chat-handoff-card")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByTestId("chat-agent-message").Last).ToHaveAttributeAsync("data-agent", "BillingAgent");

        await page.GetByTestId("new-session").ClickAsync();
        await Assertions.Expect(page.GetByTestId("chat-user")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task NewSession_ForgetsThePickedSpan_ItsDetailsAndItsDiagramSelection()
    {
        var page = await OpenTemplatePlaygroundAsync(fixture, "customer-support", "Playground new session span");
        await BrowserFlows.SendMessageAsync(page, "I was charged twice for my subscription last month");
        await Assertions.Expect(page.GetByTestId("chat-outcome")).ToHaveAttributeAsync("data-status", "completed", new() { Timeout = 20_000 });
        var selected = new System.Text.RegularExpressions.Regex(@"\bselected\b");
        var tool = page.GetByTestId("playground").GetByTestId("node-lookup_invoices");
        await page.Locator("[data-testid=trace-span][data-kind=function]").ClickAsync();
        await Assertions.Expect(page.GetByTestId("span-details")).ToBeVisibleAsync();
        await Assertions.Expect(tool).ToHaveClassAsync(selected);

        await page.GetByTestId("new-session").ClickAsync();

        await Assertions.Expect(page.GetByTestId("trace-span")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("span-details")).ToHaveCountAsync(0);
        await Assertions.Expect(tool).Not.ToHaveClassAsync(selected);
    }

    [Fact]
    public async Task StoppingARun_EndsItAsCancelled()
    {
        var page = await OpenTemplatePlaygroundAsync(fixture, "research-manager", "Playground stop");
        await page.GetByTestId("chat-input").FillAsync("Research the impact of AI on healthcare");
        await page.GetByTestId("send").ClickAsync();
        await Assertions.Expect(page.GetByTestId("stop-run")).ToBeVisibleAsync();

        await page.GetByTestId("stop-run").ClickAsync();

        await Assertions.Expect(page.GetByTestId("chat-outcome")).ToHaveAttributeAsync("data-status", "cancelled");
        await Assertions.Expect(page.GetByTestId("send")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task RunsAreStored_ListedAfterAReload_ComparedAndExported()
    {
        var page = await OpenTemplatePlaygroundAsync(fixture, "research-manager", "Playground history");
        await page.GetByTestId("chat-input").FillAsync("Research the impact of AI on healthcare");
        await page.GetByTestId("send").ClickAsync();
        await Assertions.Expect(page.GetByTestId("chat-outcome")).ToHaveAttributeAsync("data-status", "completed", new() { Timeout = 20_000 });
        await page.GetByTestId("new-session").ClickAsync();
        await page.GetByTestId("chat-input").FillAsync("Research the history of vaccines");
        await page.GetByTestId("send").ClickAsync();
        await page.GetByTestId("stop-run").ClickAsync();
        await Assertions.Expect(page.GetByTestId("chat-outcome")).ToHaveAttributeAsync("data-status", "cancelled");

        await page.GetByTestId("open-runs").ClickAsync();
        // Reload the runs page, not the playground the click is still leaving.
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/runs$"));
        await page.ReloadAsync();
        await page.WaitForSelectorAsync("body[data-circuit='ready']");
        var rows = page.GetByTestId("run-row");
        await Assertions.Expect(rows).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("[data-testid=run-row][data-status=completed]")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("[data-testid=run-row][data-status=cancelled]")).ToHaveCountAsync(1);

        await rows.Nth(0).GetByTestId("pick-run").ClickAsync();
        await rows.Nth(1).GetByTestId("pick-run").ClickAsync();
        await page.GetByTestId("compare-runs").ClickAsync();
        await Assertions.Expect(page.GetByTestId("compare-table")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("compare-calls")).ToContainTextAsync("LLM calls");
        await Assertions.Expect(page.GetByTestId("compare-tokens")).ToContainTextAsync("Total tokens");

        await page.GoBackAsync();
        await page.Locator("[data-testid=run-row][data-status=completed]").GetByTestId("open-run").ClickAsync();
        await Assertions.Expect(page.GetByTestId("run-summary")).ToContainTextAsync("Completed · last agent ManagerAgent");
        await Assertions.Expect(page.Locator("[data-testid=trace-span][data-kind=function]")).ToHaveCountAsync(3);
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("export-run").ClickAsync());
        using var folder = new Support.TemporaryFolder();
        var file = Path.Combine(folder.Path, download.SuggestedFilename);
        await download.SaveAsAsync(file);
        using var exported = System.Text.Json.JsonDocument.Parse(await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken));
        Assert.Equal("agentstudio.run", exported.RootElement.GetProperty("format").GetString());
        Assert.Equal("completed", exported.RootElement.GetProperty("status").GetString());
        Assert.Equal("Research the impact of AI on healthcare", exported.RootElement.GetProperty("input").GetString());
        Assert.True(exported.RootElement.GetProperty("spans").GetArrayLength() > 5);
    }

    [Fact]
    public async Task AScriptInAModelAnswer_IsShownAsText_NeverRun()
    {
        var page = await OpenTemplatePlaygroundAsync(fixture, "customer-support", "Playground xss");
        var dialogs = 0;
        page.Dialog += (_, dialog) => { dialogs++; _ = dialog.DismissAsync(); };

        // The simulated model quotes the user's words in its answer, so the script reaches the rendered Markdown.
        await page.GetByTestId("chat-input").FillAsync("<script>alert('x')</script><img src=x onerror=alert('y')> hello");
        await page.GetByTestId("send").ClickAsync();
        await Assertions.Expect(page.GetByTestId("chat-outcome")).ToHaveCountAsync(1, new() { Timeout = 20_000 });

        var answer = page.GetByTestId("chat-agent-text").Last;
        await Assertions.Expect(answer).ToContainTextAsync("<script>alert('x')</script>");
        Assert.Equal(0, await answer.Locator("script, img").CountAsync());
        Assert.Equal(0, dialogs);
    }
}
