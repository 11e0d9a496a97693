using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace AgentStudio.Tests.Browser;

/// <summary>
/// The playground at 1280×720, the size a new user's laptop shows: the chat follows the stream, the diagram lights every
/// step running at once, the timeline and span details read well, and any design suggests a first message.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PlaygroundChatBrowserTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    // Long enough that the question alone fills the chat at 720 px, short of nothing the simulated model needs.
    private static readonly string LongQuestion = "Research the impact of AI on healthcare. " + string.Concat(Enumerable.Repeat(
        "I want to know how hospitals use it for diagnosis, what the studies say about its accuracy, and what it costs to run. ", 16));

    private static readonly Regex Active = new(@"\bactive\b");

    private async Task<IPage> OpenSmallPlaygroundAsync(string template, string name)
    {
        var page = await fixture.NewPageAsync();
        await page.SetViewportSizeAsync(1280, 720);
        await BrowserFlows.OpenPlaygroundOfNewAsync(page, template, name);
        return page;
    }

    private static Task<double> DistanceFromBottomAsync(ILocator chat) =>
        chat.EvaluateAsync<double>("c => c.scrollHeight - c.scrollTop - c.clientHeight");

    [Fact]
    public async Task TheChatFollowsTheStream_UntilTheUserScrollsUp_ThenJumpToLatestFollowsAgain()
    {
        var page = await OpenSmallPlaygroundAsync("research-manager", "Follow the stream");
        var chat = page.GetByTestId("playground").GetByTestId("chat");
        var outcomes = page.GetByTestId("chat-outcome");
        var jump = page.GetByTestId("chat-jump");

        // A run whose answer overflows the chat ends with its outcome line in view.
        await BrowserFlows.SendMessageAsync(page, LongQuestion);
        await Assertions.Expect(outcomes).ToHaveAttributeAsync("data-status", "completed", new() { Timeout = 30_000 });
        await Assertions.Expect(outcomes.Last).ToBeInViewportAsync();
        Assert.True(await chat.EvaluateAsync<double>("c => c.scrollTop") > 0, "the chat did not scroll");
        await Assertions.Expect(jump).ToBeHiddenAsync();

        // Scrolled up while the next run streams: the chat stays where the user put it and offers the way back.
        await BrowserFlows.SendMessageAsync(page, LongQuestion);
        await Assertions.Expect(page.GetByTestId("chat-tool-card")).ToHaveCountAsync(4);
        await Assertions.Expect(page.GetByTestId("stop-run")).ToBeVisibleAsync();
        await chat.HoverAsync();
        await page.Mouse.WheelAsync(0, -600);
        await Assertions.Expect(jump).ToBeVisibleAsync();
        var before = await chat.EvaluateAsync<double[]>("c => [c.scrollTop, c.scrollHeight]");
        await Assertions.Expect(outcomes).ToHaveCountAsync(2, new() { Timeout = 30_000 });
        Assert.True(await chat.EvaluateAsync<double>("c => c.scrollHeight") > before[1], "nothing streamed in after the scroll, so the test proved nothing");
        Assert.True(await chat.EvaluateAsync<double>("c => c.scrollTop") <= before[0] + 1, "the chat moved although the user had scrolled up");
        await Assertions.Expect(outcomes.Last).Not.ToBeInViewportAsync();
        await Assertions.Expect(jump).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "agentstudio-playground-scrolled-up-1280.png") });

        await jump.ClickAsync();

        await Assertions.Expect(outcomes.Last).ToBeInViewportAsync();
        await Assertions.Expect(jump).ToBeHiddenAsync();
        Assert.True(await DistanceFromBottomAsync(chat) <= 24);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "agentstudio-playground-follow-1280.png") });
    }

    [Fact]
    public async Task ParallelToolCalls_LightBothEdges_AndTheAgentsRunningAsTools_AndTheTraceReadsWell()
    {
        var page = await OpenSmallPlaygroundAsync("research-manager", "Parallel tools");

        await BrowserFlows.SendMessageAsync(page, "Research the impact of AI on healthcare");

        // The manager calls its research and analysis agents at once: both edges and both agents are lit together.
        await page.WaitForFunctionAsync("""
            () => ['link-manager-research', 'link-manager-analysis', 'node-research', 'node-analysis'].every(id =>
                document.querySelector(`[data-testid="playground"] [data-testid="${id}"]`)?.classList.contains('active'))
            """);
        await Assertions.Expect(page.GetByTestId("chat-outcome")).ToHaveAttributeAsync("data-status", "completed", new() { Timeout = 30_000 });
        var canvas = BrowserFlows.PlaygroundCanvas(page);
        await Assertions.Expect(canvas.GetByTestId("node-research")).Not.ToHaveClassAsync(Active);
        await Assertions.Expect(canvas.GetByTestId("link-manager-analysis")).Not.ToHaveClassAsync(Active);

        // Model calls are labelled with the model that answered, and every row's metrics are shown whole.
        var generations = page.Locator("[data-testid=trace-span][data-kind=generation]");
        await Assertions.Expect(generations.First).ToContainTextAsync("simulated");
        await Assertions.Expect(generations.Filter(new() { HasText = "gpt-4o" })).ToHaveCountAsync(0);
        var clipped = await page.Locator("[data-testid=trace-span]").EvaluateAllAsync<string[]>("""
            rows => rows.filter(row => {
                const metrics = row.lastElementChild;
                return metrics.scrollWidth > metrics.clientWidth + 1 || metrics.getBoundingClientRect().right > row.getBoundingClientRect().right + 1;
            }).map(row => row.textContent.trim())
            """);
        Assert.Empty(clipped);

        // A tool call's details read as JSON: its arguments as an object, characters as themselves.
        await page.Locator("[data-testid=trace-span][data-kind=function]").First.ClickAsync();
        var details = page.GetByTestId("span-json");
        await Assertions.Expect(details).ToContainTextAsync("\"arguments\": {");
        await Assertions.Expect(details).Not.ToContainTextAsync("\\u00");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "agentstudio-playground-trace-1280.png") });
    }

    [Fact]
    public async Task WithTheKeyboardAlone_ARunIsSent_AndEverySpanOfItsTraceCanBeOpened()
    {
        var page = await OpenSmallPlaygroundAsync("customer-support", "Keyboard reader");
        var input = page.GetByTestId("chat-input");
        await BrowserFlows.TabToAsync(page, input);
        await page.Keyboard.TypeAsync("I was charged twice");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByTestId("chat-outcome")).ToHaveAttributeAsync("data-status", "completed", new() { Timeout = 30_000 });

        // Every span's label reads from its start, the kind and then the name, and a long one is cut at its end (a
        // button centres content wider than itself, which cut "HANDOFF" to "ANDOFF" at 1280 px).
        var misread = await page.GetByTestId("trace-span-button").EvaluateAllAsync<string[]>("""
            buttons => buttons.filter(button => {
                const kind = button.querySelector('.trace-kind').getBoundingClientRect();
                const start = button.getBoundingClientRect().left + parseFloat(getComputedStyle(button).paddingLeft);
                return Math.abs(kind.left - start) > 1 || !/^[A-Z]+ \S/.test(button.innerText);
            }).map(button => button.innerText)
            """);
        Assert.Empty(misread);

        // Tab reaches the handoff's span in the timeline; Enter opens its details, as a click does.
        var handoff = page.Locator("[data-testid=trace-span][data-kind=handoff]").GetByTestId("trace-span-button");
        await BrowserFlows.TabToAsync(page, handoff);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByTestId("span-json")).ToContainTextAsync("BillingAgent");
        await Assertions.Expect(handoff).ToHaveAttributeAsync("aria-pressed", "true");

        // Space opens the next span, a model call, the way a button does.
        var generation = page.Locator("[data-testid=trace-span][data-kind=generation]").Last.GetByTestId("trace-span-button");
        await BrowserFlows.TabToAsync(page, generation);
        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(generation).ToHaveAttributeAsync("aria-pressed", "true");
        await Assertions.Expect(handoff).ToHaveAttributeAsync("aria-pressed", "false");
    }

    [Fact]
    public async Task ARenamedTemplate_StillSuggestsAFirstMessage_ThatRunsWhenPicked()
    {
        var page = await OpenSmallPlaygroundAsync("customer-support", "Acme helpdesk");

        var suggestions = page.GetByTestId("chat-suggestions");
        await Assertions.Expect(suggestions).ToContainTextAsync("Try:");
        await suggestions.GetByTestId("chat-suggestion").First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("chat-input")).ToHaveValueAsync("I need help with billing and payment issues.");
        await page.GetByTestId("send").ClickAsync();

        await Assertions.Expect(page.GetByTestId("chat-outcome")).ToHaveAttributeAsync("data-status", "completed", new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByTestId("chat-handoff-card")).ToContainTextAsync("TriageAgent handed off to BillingAgent");
    }
}
