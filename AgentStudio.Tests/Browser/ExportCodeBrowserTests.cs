using System.IO.Compression;
using AgentStudio.Core.Designs;
using Microsoft.Playwright;
using static AgentStudio.Tests.Browser.BrowserFlows;
using static AgentStudio.Tests.Browser.DesignerFlows;

namespace AgentStudio.Tests.Browser;

/// <summary>"Export as code" in the designer, as a user meets it: tabs per language, highlighted files, copy, the zip.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ExportCodeBrowserTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private static readonly string[] Languages = ["Python", "TypeScript", "C#"];

    [Fact]
    public async Task HybridTemplate_ExportAsCode_ShowsEachLanguagesFiles_CopiesOne_AndDownloadsTheZip()
    {
        var page = await fixture.NewPageAsync();
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        await OpenNewFromTemplateAsync(page, "hybrid-support", "Hybrid to code");

        await ChooseMoreActionAsync(page, "designer-export-code");

        var dialog = page.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(dialog).ToContainTextAsync("Export Hybrid to code as code");
        var tabs = dialog.GetByRole(AriaRole.Tab);
        // Text content, not inner text: the tabs show their names in capitals by CSS.
        var names = await tabs.AllTextContentsAsync();
        Assert.NotEmpty(names);
        Assert.All(names, name => Assert.Contains(name.Trim(), Languages));
        var exported = 0;
        foreach (var name in names.Select(n => n.Trim()))
        {
            var tab = dialog.GetByRole(AriaRole.Tab, new() { Name = name, Exact = true });
            await tab.ClickAsync();
            // The tab's own panel, not the one shown before the click (read a moment too early, it gave the last tab's files).
            await Assertions.Expect(tab).ToHaveAttributeAsync("aria-selected", "true");
            var panel = dialog.GetByRole(AriaRole.Tabpanel).Filter(new() { Visible = true });
            var refused = panel.Locator("[data-testid^='export-refused-']");
            if (await refused.CountAsync() > 0)
            {
                // A language that cannot express something says what, naming the element, as the CLI does.
                await Assertions.Expect(refused.GetByTestId("export-message").First).ToContainTextAsync(":");
                continue;
            }

            var files = panel.GetByTestId("export-file");
            await Assertions.Expect(files.First).ToBeVisibleAsync();
            var paths = await panel.GetByTestId("export-file-path").AllInnerTextsAsync();
            // Names are carried over byte for byte, and highlight.js has coloured the code.
            var code = panel.Locator("pre code");
            await Assertions.Expect(code.Filter(new() { HasText = "TriageAgent" }).First).ToBeVisibleAsync();
            await Assertions.Expect(code.First).ToHaveAttributeAsync("data-highlighted", "yes");
            Assert.True(await panel.Locator("pre code span[class^='hljs-']").CountAsync() > 0, $"{name}: no highlighted token");

            await panel.GetByTestId("export-copy").First.ClickAsync();
            await Assertions.Expect(page.GetByText($"Copied {paths[0]}")).ToBeVisibleAsync();
            var copied = await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
            Assert.Equal(await code.First.TextContentAsync(), copied);

            var download = await page.RunAndWaitForDownloadAsync(() => panel.GetByRole(AriaRole.Link, new() { Name = $"Download .zip of the {name} project" }).ClickAsync());
            using var folder = new Support.TemporaryFolder();
            var zipPath = Path.Combine(folder.Path, download.SuggestedFilename);
            await download.SaveAsAsync(zipPath);
            Assert.EndsWith(".zip", download.SuggestedFilename, StringComparison.Ordinal);
            using (var zip = ZipFile.OpenRead(zipPath))
            {
                Assert.Equal(paths, zip.Entries.Select(e => e.FullName));
                using var reader = new StreamReader(zip.Entries[0].Open());
                Assert.Equal(await files.First.Locator("pre code").TextContentAsync(), await reader.ReadToEndAsync(TestContext.Current.CancellationToken));
            }

            await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), $"agentstudio-export-code-{CodeName(name)}.png") });
            exported++;
        }

        Assert.True(exported > 0, "no language exported the hybrid template");
        await dialog.GetByTestId("export-close").ClickAsync();
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task DesignWithAnError_ExportAsCode_ShowsTheValidatorsMessage_AndShowsItsNodeInTheDesigner()
    {
        var page = await fixture.NewPageAsync();
        await BrowserFixture.GotoInteractiveAsync(page, "/designs");
        var id = await ImportDesignAsync(page, new DesignDocument
        {
            Name = "Export with an error",
            Entry = "helper",
            Agents = [new AgentDefinition { Id = "helper", Name = "HelperAgent", Instructions = "Look orders up." }],
            Tools = [new HttpTool { Id = "lookup", Name = "lookup_order", Description = "Looks an order up.", Method = "GET", Url = "" }],
            Edges = [new ToolEdge { Id = "uses-lookup", From = "helper", To = "lookup" }],
        });
        await OpenDesignAsync(page, id);

        await ChooseMoreActionAsync(page, "designer-export-code");

        var dialog = page.GetByRole(AriaRole.Dialog);
        var panel = dialog.GetByRole(AriaRole.Tabpanel).Filter(new() { Visible = true });
        await Assertions.Expect(panel.Locator("[data-testid^='export-refused-']")).ToContainTextAsync("The design has 1 error(s) and cannot be exported");
        await Assertions.Expect(panel.GetByTestId("export-message")).ToContainTextAsync("AS0115 error $.tools[0].url: HTTP tool lookup_order (lookup) has no URL to call.");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "agentstudio-export-code-refused.png") });

        await panel.GetByRole(AriaRole.Button, new() { Name = "Show lookup_order in the designer" }).ClickAsync();

        await Assertions.Expect(dialog).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("prop-name")).ToHaveValueAsync("lookup_order");
    }

    private static string CodeName(string language) => language == "C#" ? "csharp" : language.ToLowerInvariant();
}
