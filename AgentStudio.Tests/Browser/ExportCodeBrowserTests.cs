using System.IO.Compression;
using System.Text.Json;
using AgentStudio.Core.Designs;
using AgentStudio.Core.Templates;
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
            // Every language expresses the hybrid template: files, no refusal.
            var files = panel.GetByTestId("export-file");
            await Assertions.Expect(files.First).ToBeVisibleAsync();
            await Assertions.Expect(panel.Locator("[data-testid^='export-refused-']")).ToHaveCountAsync(0);
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

        Assert.Equal(Languages.Length, exported);
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

    [Fact]
    public async Task DesignWithHttpBuiltinAndMcpTools_ExportAsCode_WritesEveryLanguage_WithoutRefusals()
    {
        var page = await fixture.NewPageAsync();
        await BrowserFixture.GotoInteractiveAsync(page, "/designs");
        var id = await ImportDesignAsync(page, new DesignDocument
        {
            Name = "Export every tool kind",
            Entry = "clerk",
            Agents = [new AgentDefinition { Id = "clerk", Name = "ClerkAgent", Instructions = "Check the weather, add prices, read files." }],
            Tools =
            [
                new HttpTool
                {
                    Id = "weather", Name = "get_weather", Description = "The weather in a city.", Method = "GET",
                    Url = "https://api.example.com/weather?q={{city}}&key=${secret:WEATHER_KEY}",
                    Parameters = JsonDocument.Parse("""{"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}""").RootElement,
                },
                new BuiltinTool { Id = "calc", Name = "calculator" },
                new McpTool { Id = "files", Name = "files", Command = "npx", Arguments = ["-y", "@modelcontextprotocol/server-filesystem", "."] },
            ],
            Edges =
            [
                new ToolEdge { Id = "uses-weather", From = "clerk", To = "weather" },
                new ToolEdge { Id = "uses-calc", From = "clerk", To = "calc" },
                new ToolEdge { Id = "uses-files", From = "clerk", To = "files" },
            ],
        });
        await OpenDesignAsync(page, id);

        await ChooseMoreActionAsync(page, "designer-export-code");

        // Every language writes HTTP, built-in and MCP tools: no tab refuses, each shows files naming the HTTP tool.
        var dialog = page.GetByRole(AriaRole.Dialog);
        foreach (var name in Languages)
        {
            var tab = dialog.GetByRole(AriaRole.Tab, new() { Name = name, Exact = true });
            await tab.ClickAsync();
            await Assertions.Expect(tab).ToHaveAttributeAsync("aria-selected", "true");
            var panel = dialog.GetByRole(AriaRole.Tabpanel).Filter(new() { Visible = true });
            await Assertions.Expect(panel.GetByTestId("export-file").First).ToBeVisibleAsync();
            await Assertions.Expect(panel.Locator("[data-testid^='export-refused-']")).ToHaveCountAsync(0);
            await Assertions.Expect(panel.Locator("pre code").Filter(new() { HasText = "get_weather" }).First).ToBeVisibleAsync();
            await Assertions.Expect(panel.Locator("pre code").Filter(new() { HasText = "WEATHER_KEY" }).First).ToBeVisibleAsync();
        }
    }

    [Fact]
    public async Task DesignCSharpCannotExpress_ExportDialog_MarksTheNodeOnTheCanvas_ForCSharpOnly_UntilClosed()
    {
        var page = await fixture.NewPageAsync();
        await BrowserFixture.GotoInteractiveAsync(page, "/designs");
        // C# cannot stop a handed-off agent on its first tool's output; Python and TypeScript can.
        var support = DesignTemplates.Find("customer-support")!.Design;
        var id = await ImportDesignAsync(page, support with
        {
            Name = "Export with a refusal",
            Agents = [.. support.Agents.Select(a => a.Id == "billing" ? a with { ToolUseBehavior = ToolUseBehavior.StopOnFirstTool } : a)],
        });
        await OpenDesignAsync(page, id);
        var canvas = DesignerCanvas(page);
        var billing = canvas.GetByTestId("node-billing");
        var mark = canvas.GetByTestId("mark-billing");
        var dialog = page.GetByRole(AriaRole.Dialog);

        await ChooseMoreActionAsync(page, "designer-export-code");
        // Python, the first tab, expresses the design: nothing is marked.
        await Assertions.Expect(dialog.GetByRole(AriaRole.Tab, new() { Name = "Python", Exact = true })).ToHaveAttributeAsync("aria-selected", "true");
        await Assertions.Expect(mark).ToHaveCountAsync(0);

        await dialog.GetByRole(AriaRole.Tab, new() { Name = "C#", Exact = true }).ClickAsync();
        await Assertions.Expect(mark).ToHaveTextAsync("Cannot export to C#");
        await Assertions.Expect(mark).ToHaveAttributeAsync("title", new System.Text.RegularExpressions.Regex("^Cannot export to C#: Agent BillingAgent stops on its first tool's output"));
        await Assertions.Expect(billing).ToHaveAttributeAsync("aria-label", new System.Text.RegularExpressions.Regex("Cannot export to C#: Agent BillingAgent stops on its first tool's output"));
        await Assertions.Expect(canvas.Locator("[data-testid^='mark-']")).ToHaveCountAsync(1);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "agentstudio-export-code-marked-dialog.png") });

        await dialog.GetByRole(AriaRole.Tab, new() { Name = "TypeScript", Exact = true }).ClickAsync();
        await Assertions.Expect(mark).ToHaveCountAsync(0);

        await dialog.GetByRole(AriaRole.Tab, new() { Name = "C#", Exact = true }).ClickAsync();
        await Assertions.Expect(mark).ToBeVisibleAsync();
        await dialog.GetByTestId("export-close").ClickAsync();
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
        await Assertions.Expect(canvas.Locator("[data-testid^='mark-']")).ToHaveCountAsync(0);

        // The dialog covers the canvas: its "Show" closes it, selects the node and leaves the mark on it, saying why.
        await ChooseMoreActionAsync(page, "designer-export-code");
        await dialog.GetByRole(AriaRole.Tab, new() { Name = "C#", Exact = true }).ClickAsync();
        await Assertions.Expect(dialog.GetByTestId("export-marks-hint")).ToContainTextAsync("The canvas marks it “Cannot export to C#”");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Show BillingAgent in the designer" }).ClickAsync();
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
        await Assertions.Expect(billing).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bselected\b"));
        await Assertions.Expect(mark).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "agentstudio-export-code-marked.png") });
        // The badge reads in the theme's colours, and its text is part of the node's accessible name.
        Assert.Empty(await AxeScan.BlockingViolationsAsync(page, "designer with an export mark"));
    }

    private static string CodeName(string language) => language == "C#" ? "csharp" : language.ToLowerInvariant();
}
