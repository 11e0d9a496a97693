using System.Text.RegularExpressions;
using AgentStudio.Core.Serialization;
using AgentStudio.Tests.Support;
using Microsoft.Playwright;
using static AgentStudio.Tests.Browser.BrowserFlows;

namespace AgentStudio.Tests.Browser;

/// <summary>The designs page in Chromium, driven as a person would: click, read, download, upload.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DesignsPageBrowserTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task CreateFromTemplate_Export_ImportBack_BothListed()
    {
        var page = await fixture.NewPageAsync();
        await BrowserFixture.GotoInteractiveAsync(page, "/designs");
        var known = await ListedDesignIdsAsync(page);

        await page.GetByTestId("new-design").ClickAsync();
        await page.GetByTestId("template-customer-support").ClickAsync();
        await Assertions.Expect(page.GetByTestId("new-design-name")).ToHaveValueAsync("Customer support triage");
        await page.GetByTestId("new-design-name").FillAsync("Support round trip");
        await page.GetByTestId("create-design").ClickAsync();
        var id = await NewDesignIdAsync(page, known, "Support round trip");
        var rows = page.GetByTestId("designs-table").Locator("tbody tr");
        await Assertions.Expect(rows.Filter(new() { HasText = "Support round trip" })).ToHaveCountAsync(1);

        var download = await page.RunAndWaitForDownloadAsync(() => DesignRow(page, id).GetByTestId("export-Support round trip").ClickAsync());
        using var folder = new TemporaryFolder();
        var file = Path.Combine(folder.Path, download.SuggestedFilename);
        await download.SaveAsAsync(file);
        Assert.Equal("support-round-trip.agentstudio.json", download.SuggestedFilename);
        var exported = DesignSerializer.Load(await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken));
        Assert.True(exported.Succeeded);
        Assert.Equal(3, exported.Design!.Agents.Count);

        await PickFileAsync(page, "import-input", file);

        await Assertions.Expect(page.GetByText("Imported Support round trip")).ToBeVisibleAsync();
        await Assertions.Expect(rows.Filter(new() { HasText = "Support round trip" })).ToHaveCountAsync(2);
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByTestId("designs-table").Locator("tbody tr").Filter(new() { HasText = "Support round trip" })).ToHaveCountAsync(2);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "agentstudio-designs-page.png"), FullPage = true });
    }

    [Fact]
    public async Task ImportOfABrokenFile_ListsProblems_AndSavesNothing()
    {
        var page = await fixture.NewPageAsync();
        await BrowserFixture.GotoInteractiveAsync(page, "/designs");
        var before = (await ListedDesignIdsAsync(page)).Count;

        await PickFilesAsync(page, "import-input", new FilePayload
        {
            Name = "broken.agentstudio.json",
            MimeType = "application/json",
            Buffer = System.Text.Encoding.UTF8.GetBytes("{\n  \"format\": \"agentstudio.design\",\n  \"version\": 1,\n  \"name\": \n}"),
        });

        var report = page.GetByTestId("import-report");
        await Assertions.Expect(report.GetByTestId("import-refused")).ToContainTextAsync("Nothing was saved");
        await Assertions.Expect(report.GetByTestId("import-problems")).ToContainTextAsync(new Regex("not valid JSON at line 5, column 1: '}' is an invalid start of a value"));
        await page.GetByTestId("import-cancel").ClickAsync();
        await Assertions.Expect(report).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("designs-table").Locator("tbody tr")).ToHaveCountAsync(before);
    }

    [Fact]
    public async Task RenameDuplicateAndTrash_WithUndo()
    {
        var page = await fixture.NewPageAsync();
        await BrowserFixture.GotoInteractiveAsync(page, "/designs");
        var id = await CreateDesignAsync(page, "blank", "Scratch pad");
        var table = page.GetByTestId("designs-table");
        await Assertions.Expect(table.GetByText("Scratch pad", new() { Exact = true })).ToBeVisibleAsync();

        await DesignRow(page, id).GetByTestId("actions-Scratch pad").ClickAsync();
        await page.GetByTestId("action-rename").ClickAsync();
        await page.GetByTestId("rename-input").FillAsync("Planning board");
        await page.GetByTestId("rename-save").ClickAsync();
        await Assertions.Expect(table.GetByText("Planning board", new() { Exact = true })).ToBeVisibleAsync();

        await Assertions.Expect(DesignRow(page, id).GetByTestId("open-design")).ToHaveTextAsync("Planning board");
        var known = await ListedDesignIdsAsync(page);
        await DesignRow(page, id).GetByTestId("actions-Planning board").ClickAsync();
        await page.GetByTestId("action-duplicate").ClickAsync();
        await Assertions.Expect(table.GetByText("Planning board (copy)", new() { Exact = true })).ToBeVisibleAsync();
        var copy = await NewDesignIdAsync(page, known, "Planning board (copy)");

        await DesignRow(page, copy).GetByTestId("actions-Planning board (copy)").ClickAsync();
        await page.GetByTestId("action-delete").ClickAsync();
        await Assertions.Expect(table.GetByText("Planning board (copy)", new() { Exact = true })).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Button, new() { Name = "Undo", Exact = true }).ClickAsync();
        await Assertions.Expect(table.GetByText("Planning board (copy)", new() { Exact = true })).ToBeVisibleAsync();

        await page.GetByTestId("search-designs").FillAsync("Planning board (copy)");
        await Assertions.Expect(table.Locator("tbody tr")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task NewDesignDialog_WithTheKeyboardOnly_CreatesADesignFromATemplate()
    {
        var page = await fixture.NewPageAsync();
        await page.SetViewportSizeAsync(1280, 720);
        await BrowserFixture.GotoInteractiveAsync(page, "/designs");
        var known = await ListedDesignIdsAsync(page);

        await TabToAsync(page, page.GetByTestId("new-design"));
        await page.Keyboard.PressAsync("Enter");
        var card = page.GetByTestId("template-customer-support");
        await TabToAsync(page, card);
        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(card).ToHaveAttributeAsync("aria-pressed", "true");
        await Assertions.Expect(page.GetByTestId("new-design-name")).ToHaveValueAsync("Customer support triage");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "agentstudio-new-design-keyboard.png") });
        await TabToAsync(page, page.GetByTestId("new-design-name"));
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync("Keyboard support");
        await TabToAsync(page, page.GetByTestId("create-design"));
        await page.Keyboard.PressAsync("Enter");

        var id = await NewDesignIdAsync(page, known, "Keyboard support");
        // The template's three agents, not a blank design.
        await Assertions.Expect(DesignRow(page, id).Locator("td").Nth(1)).ToHaveTextAsync("3");
    }

    [Fact]
    public async Task Snackbars_LeaveTheToolbarAndTheAppBarUncovered()
    {
        var page = await fixture.NewPageAsync();
        await page.SetViewportSizeAsync(1280, 720);
        await BrowserFixture.GotoInteractiveAsync(page, "/designs");

        await CreateDesignAsync(page, "blank", "Snackbar check");

        var snackbar = page.Locator(".mud-snackbar").Filter(new() { HasText = "Created Snackbar check" });
        await Assertions.Expect(snackbar).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "agentstudio-snackbar.png") });
        var message = await snackbar.BoundingBoxAsync() ?? throw new InvalidOperationException("The snackbar has no box.");
        foreach (var testId in new[] { "search-designs", "trash-toggle", "import-button", "new-design", "theme-toggle" })
        {
            var button = await page.GetByTestId(testId).BoundingBoxAsync() ?? throw new InvalidOperationException($"{testId} has no box.");
            var overlaps = message.X < button.X + button.Width && button.X < message.X + message.Width
                && message.Y < button.Y + button.Height && button.Y < message.Y + message.Height;
            Assert.False(overlaps, $"The snackbar covers {testId}.");
        }
    }

    [Fact]
    public async Task Trash_NamesAreNotLinks_DeleteForeverAndEmptyTrashAskFirst()
    {
        var page = await fixture.NewPageAsync();
        await page.SetViewportSizeAsync(1280, 720);
        await BrowserFixture.GotoInteractiveAsync(page, "/designs");
        var first = await CreateDesignAsync(page, "blank", "Trash first");
        var second = await CreateDesignAsync(page, "blank", "Trash second");
        var third = await CreateDesignAsync(page, "blank", "Trash third");
        foreach (var (id, name) in new[] { (first, "Trash first"), (second, "Trash second"), (third, "Trash third") })
        {
            await DesignRow(page, id).GetByTestId($"actions-{name}").ClickAsync();
            await page.GetByTestId("action-delete").ClickAsync();
            await Assertions.Expect(DesignRow(page, id)).ToHaveCountAsync(0);
        }

        await page.GetByTestId("trash-toggle").ClickAsync();
        var firstRow = DesignRow(page, first);
        await Assertions.Expect(firstRow.GetByTestId("trashed-design-name")).ToHaveTextAsync("Trash first");
        await Assertions.Expect(firstRow.Locator("a")).ToHaveCountAsync(0);

        await firstRow.GetByTestId("delete-forever-Trash first").ClickAsync();
        await AnswerConfirmationAsync(page, "Cancel");
        await Assertions.Expect(firstRow).ToHaveCountAsync(1);
        await firstRow.GetByTestId("delete-forever-Trash first").ClickAsync();
        await AnswerConfirmationAsync(page, "Delete forever");
        await Assertions.Expect(firstRow).ToHaveCountAsync(0);
        await Assertions.Expect(DesignRow(page, second)).ToHaveCountAsync(1);

        await page.GetByTestId("empty-trash").ClickAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "agentstudio-empty-trash.png") });
        await AnswerConfirmationAsync(page, "Empty trash");
        await Assertions.Expect(page.GetByTestId("designs-empty")).ToContainTextAsync("The trash is empty");
        // Gone for good: not in the trash after a reload, and its address finds nothing.
        await BrowserFixture.GotoInteractiveAsync(page, "/designs");
        await ListedDesignIdsAsync(page);
        await page.GetByTestId("trash-toggle").ClickAsync();
        await Assertions.Expect(page.GetByTestId("designs-empty")).ToContainTextAsync("The trash is empty");
        await BrowserFixture.GotoInteractiveAsync(page, $"/designs/{second}");
        await Assertions.Expect(page.GetByTestId("designer-not-found")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task CollapsedDrawer_StaysCollapsedAfterAReload_FromTheFirstPaint()
    {
        var page = await fixture.NewPageAsync();
        await page.SetViewportSizeAsync(1280, 720);
        await BrowserFixture.GotoInteractiveAsync(page, "/designs");
        var drawer = page.GetByTestId("nav-drawer");
        await Assertions.Expect(drawer).ToHaveClassAsync(new Regex(@"\bmud-drawer--open\b"));

        await page.GetByTestId("drawer-toggle").ClickAsync();
        await Assertions.Expect(drawer).ToHaveClassAsync(new Regex(@"\bmud-drawer--closed\b"));
        await page.WaitForFunctionAsync("() => document.cookie.includes('agentstudio.drawer=collapsed')");

        // What the server sends before any script runs: the first paint is already collapsed.
        var response = await page.Context.APIRequest.GetAsync("/designs");
        var prerendered = Regex.Match(await response.TextAsync(), "<[^>]*data-testid=\"nav-drawer\"[^>]*>").Value;
        Assert.Contains("mud-drawer--closed", prerendered, StringComparison.Ordinal);
        await page.ReloadAsync();
        await page.WaitForSelectorAsync("body[data-circuit='ready']");
        await Assertions.Expect(drawer).ToHaveClassAsync(new Regex(@"\bmud-drawer--closed\b"));

        await page.GetByTestId("drawer-toggle").ClickAsync();
        await Assertions.Expect(drawer).ToHaveClassAsync(new Regex(@"\bmud-drawer--open\b"));
        await page.WaitForFunctionAsync("() => document.cookie.includes('agentstudio.drawer=open')");
    }
}
