using System.Text.RegularExpressions;
using AgentStudio.Diagram;
using Microsoft.Playwright;
using static AgentStudio.Tests.Browser.BrowserFlows;

namespace AgentStudio.Tests.Browser;

/// <summary>
/// Every page as a screen reader or low-vision user meets it, at 1280×720 in both themes: axe-core finds nothing
/// serious, each page has one main landmark and one h1, controls have names, text has contrast, and a dark theme is
/// dark from the first paint.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityBrowserTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    // Screenshots of what the scan saw, for a person to look at (the 1280×720 window).
    private static readonly string ShotsFolder = Path.Combine(Path.GetTempPath(), "shots-a11y");

    private async Task<IPage> NewSmallWindowAsync()
    {
        var page = await fixture.NewPageAsync();
        await page.SetViewportSizeAsync(1280, 720);
        return page;
    }

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task EveryPage_HasNoSeriousAxeViolation_OneMainLandmark_AndOneH1(string theme)
    {
        var dark = theme == "dark";
        var page = await NewSmallWindowAsync();
        var findings = new List<string>();
        Directory.CreateDirectory(ShotsFolder);

        async Task ScanAsync(string where, bool checkLandmarks = true)
        {
            await ThemeFlows.ExpectThemeAsync(page, dark);
            findings.AddRange(await AxeScan.BlockingViolationsAsync(page, $"{where} ({theme})"));
            if (checkLandmarks)
            {
                var mains = await page.GetByRole(AriaRole.Main).CountAsync();
                var h1s = await page.Locator("h1").CountAsync();
                if (mains != 1 || h1s != 1)
                {
                    findings.Add($"{where} ({theme}): {mains} main landmark(s) and {h1s} h1 element(s); want one of each");
                }
            }
        }

        await BrowserFixture.GotoInteractiveAsync(page, "/designs");
        await ThemeFlows.ChooseThemeAsync(page, dark);
        var id = await CreateDesignAsync(page, "customer-support", $"Accessible support {theme}");
        await ScanAsync("designs");

        await page.GetByTestId("new-design").ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(dialog.GetByTestId("template-blank")).ToBeVisibleAsync();
        await ScanAsync("new design dialog", checkLandmarks: false);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
        await Assertions.Expect(dialog).ToHaveCountAsync(0);

        await OpenDesignAsync(page, id);
        await DesignerCanvas(page).GetByTestId("node-triage").ClickAsync();
        await Assertions.Expect(page.GetByTestId("prop-name")).ToHaveValueAsync("TriageAgent");
        await ScanAsync("designer with a node selected");
        await page.ScreenshotAsync(new() { Path = Path.Combine(ShotsFolder, $"designer-{theme}.png") });
        await DesignerFlows.ChooseMoreActionAsync(page, "designer-export-code");
        var exportDialog = page.GetByRole(AriaRole.Dialog);
        // Scanned once its code is highlighted (or a language's refusal shown): what a user reads, in the theme's colours.
        await Assertions.Expect(exportDialog.Locator("pre code[data-highlighted], [data-testid^='export-refused-']").First).ToBeVisibleAsync();
        await ScanAsync("export as code dialog", checkLandmarks: false);
        await page.ScreenshotAsync(new() { Path = Path.Combine(ShotsFolder, $"export-code-{theme}.png") });
        await exportDialog.GetByTestId("export-close").ClickAsync();
        await Assertions.Expect(exportDialog).ToHaveCountAsync(0);

        await OpenPlaygroundAsync(page, id);
        await RunToCompletionAsync(page, "I was charged twice for my subscription last month");
        await ScanAsync("playground after a run");
        await page.ScreenshotAsync(new() { Path = Path.Combine(ShotsFolder, $"playground-{theme}.png") });
        await page.GetByTestId("new-session").ClickAsync();
        await RunToCompletionAsync(page, "My app crashes on start");

        await page.GetByTestId("open-runs").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/runs$"));
        var rows = page.GetByTestId("run-row");
        await Assertions.Expect(rows).ToHaveCountAsync(2);
        await ScanAsync("runs");

        await rows.Nth(0).GetByTestId("pick-run").ClickAsync();
        await rows.Nth(1).GetByTestId("pick-run").ClickAsync();
        await page.GetByTestId("compare-runs").ClickAsync();
        await Assertions.Expect(page.GetByTestId("compare-table")).ToBeVisibleAsync();
        await ScanAsync("compare");

        await page.GoBackAsync();
        await page.GetByTestId("run-row").First.GetByTestId("open-run").ClickAsync();
        await Assertions.Expect(page.GetByTestId("run-summary")).ToBeVisibleAsync();
        await ScanAsync("run");

        await BrowserFixture.GotoInteractiveAsync(page, "/settings");
        await Assertions.Expect(page.GetByTestId("providers-table")).ToBeVisibleAsync();
        await ScanAsync("settings");

        // The trash, a confirmation dialog, and what a page shows for something that is not there.
        await BrowserFixture.GotoInteractiveAsync(page, "/designs");
        var trashedName = $"Trashed {theme}";
        var trashed = await CreateDesignAsync(page, "blank", trashedName);
        await DesignRow(page, trashed).GetByTestId($"actions-{trashedName}").ClickAsync();
        await page.GetByTestId("action-delete").ClickAsync();
        await Assertions.Expect(DesignRow(page, trashed)).ToHaveCountAsync(0);
        await page.GetByTestId("trash-toggle").ClickAsync();
        await Assertions.Expect(DesignRow(page, trashed)).ToHaveCountAsync(1);
        // The snackbars of the create and the move fade out on their own timers, possibly while axe reads the colours.
        await CloseSnackbarsAsync(page);
        await ScanAsync("trash");
        await DesignRow(page, trashed).GetByTestId($"delete-forever-{trashedName}").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Dialog)).ToBeVisibleAsync();
        await ScanAsync("delete forever confirmation", checkLandmarks: false);
        await AnswerConfirmationAsync(page, "Cancel");

        await BrowserFixture.GotoInteractiveAsync(page, $"/designs/{trashed}");
        await Assertions.Expect(page.GetByTestId("designer-not-found")).ToBeVisibleAsync();
        await ScanAsync("designer of a trashed design");
        await BrowserFixture.GotoInteractiveAsync(page, $"/runs/{Guid.NewGuid()}");
        await Assertions.Expect(page.GetByTestId("run-not-found")).ToBeVisibleAsync();
        await ScanAsync("a run that does not exist");

        Assert.True(findings.Count == 0, $"{findings.Count} finding(s):{Environment.NewLine}{string.Join(Environment.NewLine, findings)}");
    }

    [Fact]
    public async Task DesignerToolbar_CanvasControls_AndMoreActions_EveryButtonLinkAndTheImportInput_HasAnAccessibleName()
    {
        var page = await NewSmallWindowAsync();
        await OpenNewFromTemplateAsync(page, "customer-support", "Named toolbar");
        var toolbar = page.GetByTestId("designer-toolbar");
        var controls = page.GetByTestId("canvas-view-controls");

        await Assertions.Expect(toolbar.GetByTestId("designer-back")).ToHaveAccessibleNameAsync("Back to the designs");
        await Assertions.Expect(toolbar.GetByTestId("undo")).ToHaveAccessibleNameAsync("Undo");
        await Assertions.Expect(toolbar.GetByTestId("redo")).ToHaveAccessibleNameAsync("Redo");
        await Assertions.Expect(toolbar.GetByTestId("designer-history")).ToHaveAccessibleNameAsync("Revisions");
        await Assertions.Expect(toolbar.GetByTestId("designer-import-input")).ToHaveAccessibleNameAsync("Replace this design with a file");
        await Assertions.Expect(toolbar.GetByRole(AriaRole.Button, new() { Name = "More actions: import, export" })).ToBeVisibleAsync();
        await Assertions.Expect(controls.GetByTestId("zoom-out")).ToHaveAccessibleNameAsync("Zoom out");
        await Assertions.Expect(controls.GetByTestId("zoom-in")).ToHaveAccessibleNameAsync("Zoom in");
        await Assertions.Expect(controls.GetByTestId("fit")).ToHaveAccessibleNameAsync("Fit to screen");
        await Assertions.Expect(controls.GetByTestId("auto-layout")).ToHaveAccessibleNameAsync("Arrange automatically");
        // Nothing in the toolbar or on the canvas's controls that a keyboard reaches is left without a name.
        const string Unnamed = """
            bar => [...bar.querySelectorAll('button, a[href], input')]
                .filter(e => !(e.getAttribute('aria-label') || e.textContent.trim() || e.getAttribute('aria-labelledby')))
                .map(e => e.outerHTML.slice(0, 120))
            """;
        Assert.Empty(await toolbar.EvaluateAsync<string[]>(Unnamed));
        Assert.Empty(await controls.EvaluateAsync<string[]>(Unnamed));

        // The menu's items read as what they do.
        await page.GetByTestId("designer-more").ClickAsync();
        await Assertions.Expect(page.GetByTestId("designer-import-button")).ToHaveAccessibleNameAsync(new Regex("^Replace with a file"));
        await Assertions.Expect(page.GetByTestId("designer-export")).ToHaveAccessibleNameAsync("Export the saved design");
        await Assertions.Expect(page.GetByTestId("designer-export-code")).ToHaveAccessibleNameAsync(new Regex("^Export as code"));
    }

    [Fact]
    public async Task DarkTheme_IsPaintedFromTheFirstFrameOfAReload_BeforeTheCircuitStarts()
    {
        var page = await NewSmallWindowAsync();
        await BrowserFixture.GotoInteractiveAsync(page, "/designs");
        await ThemeFlows.ChooseThemeAsync(page, dark: true);
        // What the page shows once its HTML is parsed, before blazor.web.js has connected a circuit.
        await page.AddInitScriptAsync("""
            document.addEventListener('DOMContentLoaded', () => {
                window.__firstPaint = {
                    background: getComputedStyle(document.body).backgroundColor,
                    circuitReady: document.body.dataset.circuit === 'ready',
                };
            });
            """);

        await page.ReloadAsync();
        await page.WaitForSelectorAsync("body[data-circuit='ready']");

        var first = await page.EvaluateAsync<FirstPaint>("() => window.__firstPaint");
        Assert.False(first.CircuitReady, "the sample was taken after the circuit started");
        Assert.True(ThemeFlows.IsDark(first.Background), $"the reload painted {first.Background} before the circuit started");
        // And the circuit keeps it: no flash back to light once the page is interactive.
        await ThemeFlows.ExpectThemeAsync(page, dark: true);
        Assert.True(ThemeFlows.IsDark(await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor")));
    }

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task EdgeLabels_HaveTextContrast_AgainstTheCanvas(string theme)
    {
        var dark = theme == "dark";
        var page = await NewSmallWindowAsync();
        await BrowserFixture.GotoInteractiveAsync(page, "/designs");
        await ThemeFlows.ChooseThemeAsync(page, dark);
        var id = await CreateDesignAsync(page, "customer-support", $"Edge labels {theme}");
        await OpenDesignAsync(page, id);
        await ThemeFlows.ExpectThemeAsync(page, dark);
        // Labels are drawn from the full-detail zoom up (below, they would be too small to read). The template opens
        // there in this window; should it ever open below, zoom in to read them, as a user does.
        var canvas = DesignerCanvas(page);
        for (var clicks = 0; clicks < 8 && double.Parse((await canvas.GetAttributeAsync("data-zoom"))!, System.Globalization.CultureInfo.InvariantCulture) < DiagramDetails.OverviewBelowZoom; clicks++)
        {
            var before = await canvas.GetAttributeAsync("data-zoom");
            await page.GetByTestId("zoom-in").ClickAsync();
            await Assertions.Expect(canvas).Not.ToHaveAttributeAsync("data-zoom", before!);
        }

        await Assertions.Expect(canvas).ToHaveAttributeAsync("data-detail", "full");
        await Assertions.Expect(canvas.Locator(".diagram-link-label").First).ToBeVisibleAsync();

        // Only the labels a user sees: a hidden label's colours say nothing about what can be read.
        var labels = await canvas.EvaluateAsync<LabelColors[]>("""
            canvas => [...canvas.querySelectorAll('.diagram-link-label')].filter(label => label.checkVisibility()).map(label => ({
                text: label.textContent,
                fill: getComputedStyle(label).fill,
                background: getComputedStyle(canvas).backgroundColor,
            }))
            """);

        Assert.NotEmpty(labels);
        Assert.All(labels, label =>
        {
            var ratio = Contrast.Ratio(label.Fill, label.Background);
            Assert.True(ratio >= Contrast.NormalText, $"'{label.Text}' is {label.Fill} on {label.Background}: {ratio:0.00}:1");
        });
    }

    private static async Task RunToCompletionAsync(IPage page, string message)
    {
        await page.GetByTestId("chat-input").FillAsync(message);
        await page.GetByTestId("send").ClickAsync();
        await Assertions.Expect(page.GetByTestId("chat-outcome").Last).ToHaveAttributeAsync("data-status", "completed", new() { Timeout = 20_000 });
    }

    // Playwright fills these from the page's JSON by property name.
    private sealed class FirstPaint
    {
        public string Background { get; set; } = "";

        public bool CircuitReady { get; set; }
    }

    private sealed class LabelColors
    {
        public string Text { get; set; } = "";

        public string Fill { get; set; } = "";

        public string Background { get; set; } = "";
    }
}
