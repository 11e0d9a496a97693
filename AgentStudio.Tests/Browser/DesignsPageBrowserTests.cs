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
}
