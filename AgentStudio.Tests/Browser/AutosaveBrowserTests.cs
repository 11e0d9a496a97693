using System.Diagnostics;
using System.Text;
using AgentStudio.Tests.Support;
using Microsoft.Playwright;
using static AgentStudio.Tests.Browser.BrowserFlows;
using static AgentStudio.Tests.Browser.DesignerFlows;

namespace AgentStudio.Tests.Browser;

/// <summary>No lost work: continuous typing survives kill -9, large text reaches the store, a trashed design stops saving.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AutosaveBrowserTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    // Names no other test's search matches.
    private static string UniqueName(string what) => $"{what} {Guid.NewGuid():N}"[..(what.Length + 9)];

    // Returns the design's id.
    private static async Task<string> OpenBlankDesignWithAnAgentAsync(IPage page, string name)
    {
        var id = await OpenNewFromTemplateAsync(page, "blank", name);
        await DragFromPaletteAsync(page, "agent", 150, 150);
        await Assertions.Expect(page.GetByTestId("prop-name")).ToHaveValueAsync("Agent1");
        await Assertions.Expect(page.GetByTestId("save-status")).ToHaveAttributeAsync("data-state", "saved");
        return id;
    }

    private static async Task<string> ReopenedInstructionsAsync(IPage page, string path)
    {
        await BrowserFixture.GotoInteractiveAsync(page, path);
        await Assertions.Expect(DesignerCanvas(page)).ToHaveAttributeAsync("data-ready", "true");
        await page.GetByTestId("node-agent-1").ClickAsync();
        await Assertions.Expect(page.GetByTestId("prop-name")).ToHaveValueAsync("Agent1");
        return await page.GetByTestId("prop-instructions").InputValueAsync();
    }

    // What a paste does to the field: the whole text at once, then the input and change events. (Playwright's
    // FillAsync types through Chromium's editing commands, which on a busy machine take longer than a test waits for
    // 100 KB of lines, even in a bare textarea outside the app.)
    private static Task PasteAsync(ILocator field, string text) =>
        field.EvaluateAsync("""
            (e, text) => {
                e.focus();
                e.value = text;
                e.dispatchEvent(new Event('input', { bubbles: true }));
                e.dispatchEvent(new Event('change', { bubbles: true }));
            }
            """, text);

    // Prose in lines, with quotes and non-ASCII, so escaping counts as it does for real text.
    private static string LargeText(int length)
    {
        var text = new StringBuilder(length + 100);
        for (var line = 1; text.Length < length; line++)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"{line}. Answer \"politely\" — état, naïve, 日本語; never invent an invoice.\n");
        }

        return text.ToString(0, length).TrimEnd();
    }

    [Fact]
    public async Task ContinuousTyping_ThenKill9_LosesAtMostTheLastTwoSeconds()
    {
        var app = await AppProcess.StartBuiltAsync(TestContext.Current.CancellationToken);
        await using var _ = app;
        var page = await fixture.NewPageAsync(app.BaseAddress);
        await OpenBlankDesignWithAnAgentAsync(page, UniqueName("Killed mid-typing"));
        var path = new Uri(page.Url).PathAndQuery;
        var instructions = page.GetByTestId("prop-instructions");
        await instructions.ClickAsync();

        var typed = new StringBuilder();
        var typedAt = new List<TimeSpan>();
        var clock = Stopwatch.StartNew();
        // The user's typing pace, a key every 300 ms by the clock (not a wait for state): a busy machine does not slow
        // the typist down, and the 600 ms debounce never settles while they type.
        using var pace = new PeriodicTimer(TimeSpan.FromMilliseconds(300));
        while (clock.Elapsed < TimeSpan.FromSeconds(8))
        {
            await instructions.PressSequentiallyAsync(Alphabet[typed.Length % Alphabet.Length].ToString());
            typed.Append(Alphabet[typed.Length % Alphabet.Length]);
            typedAt.Add(clock.Elapsed);
            await pace.WaitForNextTickAsync(TestContext.Current.CancellationToken);
        }

        var killedAt = clock.Elapsed;
        await using var restarted = await app.RestartAsync(TestContext.Current.CancellationToken);
        var reopened = await fixture.NewPageAsync(restarted.BaseAddress);
        var stored = await ReopenedInstructionsAsync(reopened, path);

        var mustHave = typedAt.Count(t => t <= killedAt - TimeSpan.FromSeconds(2));
        Assert.StartsWith(stored, typed.ToString(), StringComparison.Ordinal);
        Assert.True(stored.Length >= mustHave,
            $"{typed.Length} keys typed over {killedAt.TotalSeconds:0.0} s; the {mustHave} typed at least 2 s before kill -9 must survive, but only {stored.Length} did (\"{stored}\").");
    }

    [Fact]
    public async Task HundredKilobyteInstructions_PastedIntoThePropertyPanel_AreStoredAndComeBack()
    {
        var page = await fixture.NewPageAsync();
        await OpenBlankDesignWithAnAgentAsync(page, UniqueName("Hundred KB instructions"));
        var text = LargeText(100 * 1024);

        await EditAndWaitForItsSaveAsync(page, () => PasteAsync(page.GetByTestId("prop-instructions"), text));

        var stored = await ReopenedInstructionsAsync(page, new Uri(page.Url).PathAndQuery);
        Assert.Equal(text.Length, stored.Length);
        Assert.Equal(text, stored);
    }

    [Fact]
    public async Task OneMegabyteChatMessage_IsSent_AndEchoedInThePlayground()
    {
        var page = await fixture.NewPageAsync();
        await OpenPlaygroundOfNewAsync(page, "customer-support", UniqueName("Megabyte chat support"));
        var message = LargeText(1024 * 1024);

        await PasteAsync(page.GetByTestId("chat-input"), message);
        await page.GetByTestId("send").ClickAsync();

        await Assertions.Expect(page.GetByTestId("chat-user")).ToHaveCountAsync(1);
        Assert.Equal(message.Length, await page.GetByTestId("chat-user").EvaluateAsync<int>("e => e.textContent.length"));
        await Assertions.Expect(page.GetByTestId("chat-outcome")).ToHaveCountAsync(1, new() { Timeout = 60_000 });
    }

    [Fact]
    public async Task DesignTrashedInAnotherTab_StopsSaving_SaysSo_AndRestoreSavesTheEdit()
    {
        var name = UniqueName("Binned while open");
        var designer = await fixture.NewPageAsync();
        var id = await OpenBlankDesignWithAnAgentAsync(designer, name);
        var list = await designer.Context.NewPageAsync();
        await BrowserFixture.GotoInteractiveAsync(list, "/designs");
        await list.GetByTestId("search-designs").FillAsync(name);
        await DesignRow(list, id).GetByTestId($"actions-{name}").ClickAsync();
        await list.GetByTestId("action-delete").ClickAsync();
        await Assertions.Expect(list.GetByTestId("designs-table").GetByText(name, new() { Exact = true })).ToHaveCountAsync(0);

        await DragFromPaletteAsync(designer, "note", 450, 300);

        await Assertions.Expect(designer.GetByTestId("save-status")).ToHaveAttributeAsync("data-state", "trashed");
        await Assertions.Expect(designer.GetByTestId("designer-trashed")).ToContainTextAsync("moved to the trash");
        await designer.GetByTestId("trashed-restore").ClickAsync();
        await Assertions.Expect(designer.GetByTestId("save-status")).ToHaveAttributeAsync("data-state", "saved");
        await Assertions.Expect(designer.GetByTestId("designer-trashed")).ToHaveCountAsync(0);

        await list.ReloadAsync();
        await list.WaitForSelectorAsync("body[data-circuit='ready']");
        await list.GetByTestId("search-designs").FillAsync(name);
        await Assertions.Expect(list.GetByTestId("designs-table").GetByText(name, new() { Exact = true })).ToBeVisibleAsync();
        await designer.ReloadAsync();
        await designer.WaitForSelectorAsync("body[data-circuit='ready']");
        await Assertions.Expect(designer.GetByTestId("node-note-1")).ToHaveCountAsync(1);
    }
}
