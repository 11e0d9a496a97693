using System.Text.RegularExpressions;
using AgentStudio.Core.Designs;
using AgentStudio.Core.Serialization;
using Microsoft.Playwright;

namespace AgentStudio.Tests.Browser;

/// <summary>
/// Steps several browser tests share, done as a person would. Each one waits for the page it leads to and finds
/// elements inside that page's own root: the designer and the playground both draw a <c>diagram-canvas</c>, and
/// during an in-app navigation the old page's canvas can still be there.
/// </summary>
internal static class BrowserFlows
{
    /// <summary>The diagram of the designer page (not the playground's).</summary>
    public static ILocator DesignerCanvas(IPage page) => page.GetByTestId("designer").GetByTestId("diagram-canvas");

    /// <summary>The diagram of the playground page (not the designer's).</summary>
    public static ILocator PlaygroundCanvas(IPage page) => page.GetByTestId("playground").GetByTestId("diagram-canvas");

    /// <summary>The CSS selector of the designer's diagram, for scripts run in the page.</summary>
    public const string DesignerCanvasSelector = "[data-testid='designer'] [data-testid='diagram-canvas']";

    /// <summary>The CSS selector of the playground's diagram, for scripts run in the page.</summary>
    public const string PlaygroundCanvasSelector = "[data-testid='playground'] [data-testid='diagram-canvas']";

    // The ids of the nodes (all, or those named) whose box on the screen is not wholly inside the canvas's box.
    private const string NodesOutsideScript = """
        ([selector, ids]) => {
            const canvas = document.querySelector(selector);
            if (!canvas) return ['(no canvas)'];
            const r = canvas.getBoundingClientRect();
            return [...canvas.querySelectorAll('.diagram-node')]
                .filter(n => ids.length === 0 || ids.includes(n.dataset.id))
                .filter(n => { const b = n.getBoundingClientRect(); return b.left < r.left || b.top < r.top || b.right > r.right || b.bottom > r.bottom; })
                .map(n => n.dataset.id);
        }
        """;

    /// <summary>The ids of the nodes of a canvas (all of them, or only <paramref name="ids"/>) that are not wholly inside it on the screen.</summary>
    public static Task<string[]> NodesOutsideAsync(IPage page, string canvasSelector, params string[] ids) =>
        page.EvaluateAsync<string[]>(NodesOutsideScript, new object[] { canvasSelector, ids });

    /// <summary>
    /// Waits until the nodes of a canvas (all of them, or only <paramref name="ids"/>) are wholly inside it on the
    /// screen, and fails naming the ones that never got there.
    /// </summary>
    public static async Task ExpectNodesInsideAsync(IPage page, string canvasSelector, params string[] ids)
    {
        try
        {
            await page.WaitForFunctionAsync($"args => ({NodesOutsideScript})(args).length === 0", new object[] { canvasSelector, ids });
        }
        catch (TimeoutException)
        {
            // Fall through to the assertion, which names what is outside.
        }

        var outside = await NodesOutsideAsync(page, canvasSelector, ids);
        Assert.True(outside.Length == 0, $"{outside.Length} nodes are outside the canvas: {string.Join(", ", outside.Take(20))}");
    }

    /// <summary>The row of one design in the designs table, found by its id (names can repeat).</summary>
    public static ILocator DesignRow(IPage page, string designId) =>
        page.GetByTestId("designs-table").Locator("tbody tr").Filter(new() { Has = page.Locator($"[data-design-id='{designId}']") });

    /// <summary>
    /// On the designs page: creates a design from a template (<c>blank</c> for an empty one) under a name, and returns
    /// the new design's id once its row is listed.
    /// </summary>
    public static async Task<string> CreateDesignAsync(IPage page, string template, string name)
    {
        var known = await ListedDesignIdsAsync(page);
        await page.GetByTestId("new-design").ClickAsync();
        var card = page.GetByTestId($"template-{template}");
        await card.ClickAsync();
        // Picking a template fills in its name; type ours only once the pick has rendered, or the template's could win.
        await Assertions.Expect(card).ToHaveClassAsync(new Regex(@"\bselected\b"));
        await page.GetByTestId("new-design-name").FillAsync(name);
        await page.GetByTestId("create-design").ClickAsync();
        return await NewDesignIdAsync(page, known, name);
    }

    /// <summary>
    /// On the designs page: the id of a design listed under <paramref name="name"/> that was not among
    /// <paramref name="known"/>, once it is listed (after a create, an import or a duplicate).
    /// </summary>
    public static async Task<string> NewDesignIdAsync(IPage page, IReadOnlyCollection<string> known, string name)
    {
        var found = await page.WaitForFunctionAsync($"([known, name]) => ({NewDesignIdScript})(known, name) ?? false", new object[] { known.ToArray(), name });
        return await found.JsonValueAsync<string>();
    }

    // The id of a listed design called name that is not among known, or null.
    private const string NewDesignIdScript = """
        (known, name) => [...document.querySelectorAll('[data-testid="designs-table"] td[data-design-id]')]
            .find(td => !known.includes(td.dataset.designId) && td.querySelector('[data-testid="open-design"]')?.textContent.trim() === name)
            ?.dataset.designId ?? null
        """;

    /// <summary>On the designs page: the ids of the designs listed once the list has loaded.</summary>
    public static async Task<IReadOnlyCollection<string>> ListedDesignIdsAsync(IPage page)
    {
        await Assertions.Expect(page.GetByTestId("designs-table").Or(page.GetByTestId("designs-empty"))).ToBeVisibleAsync();
        return await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('[data-testid=\"designs-table\"] td[data-design-id]')].map(td => td.dataset.designId)");
    }

    /// <summary>On the designs page: opens a design in the designer by its id and waits until its diagram is ready.</summary>
    public static async Task OpenDesignAsync(IPage page, string designId)
    {
        await DesignRow(page, designId).GetByTestId("open-design").ClickAsync();
        await WaitForDesignerAsync(page, designId);
    }

    /// <summary>Waits until the page shows the designer of this design with its diagram ready for the mouse.</summary>
    public static async Task WaitForDesignerAsync(IPage page, string designId)
    {
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/designs/{Regex.Escape(designId)}$"));
        await Assertions.Expect(DesignerCanvas(page)).ToHaveAttributeAsync("data-ready", "true");
    }

    /// <summary>Waits until the page shows the playground of this design with its diagram ready.</summary>
    public static async Task WaitForPlaygroundAsync(IPage page, string designId)
    {
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/designs/{Regex.Escape(designId)}/play$"));
        await Assertions.Expect(PlaygroundCanvas(page)).ToHaveAttributeAsync("data-ready", "true");
    }

    /// <summary>Creates a design from a template on the designs page and opens it in the designer; returns its id.</summary>
    public static async Task<string> OpenNewFromTemplateAsync(IPage page, string template, string name)
    {
        await BrowserFixture.GotoInteractiveAsync(page, "/designs");
        var id = await CreateDesignAsync(page, template, name);
        await OpenDesignAsync(page, id);
        return id;
    }

    /// <summary>From the designer of a design: opens its playground and waits until it is ready.</summary>
    public static async Task OpenPlaygroundAsync(IPage page, string designId)
    {
        await page.GetByTestId("designer").GetByTestId("open-playground").ClickAsync();
        await WaitForPlaygroundAsync(page, designId);
    }

    /// <summary>Creates a design from a template and opens its playground; returns the playground's address.</summary>
    public static async Task<string> OpenPlaygroundOfNewAsync(IPage page, string template, string name)
    {
        var id = await OpenNewFromTemplateAsync(page, template, name);
        await OpenPlaygroundAsync(page, id);
        return page.Url;
    }

    /// <summary>On the playground: types a message and sends it, as a person would.</summary>
    public static async Task SendMessageAsync(IPage page, string message)
    {
        await page.GetByTestId("chat-input").FillAsync(message);
        await page.GetByTestId("send").ClickAsync();
    }

    /// <summary>
    /// On the designs page: imports a design as a file, as a person picking it, importing it despite its warnings when
    /// the page asks; returns the new design's id once it is listed.
    /// </summary>
    public static async Task<string> ImportDesignAsync(IPage page, DesignDocument design)
    {
        var known = await ListedDesignIdsAsync(page);
        await PickFilesAsync(page, "import-input", new FilePayload
        {
            Name = "design.agentstudio.json",
            MimeType = "application/json",
            Buffer = System.Text.Encoding.UTF8.GetBytes(DesignSerializer.Write(design)),
        });
        // Warnings (a big generated graph has some) are shown first; the user imports anyway. A design of the same name
        // imported before is no sign that this one was: only a new row is.
        var outcome = await page.WaitForFunctionAsync(
            $"([known, name]) => document.querySelector('[data-testid=\"import-confirm\"]') ? 'confirm' : ({NewDesignIdScript})(known, name) ?? false",
            new object[] { known.ToArray(), design.Name });
        if (await outcome.JsonValueAsync<string>() == "confirm")
        {
            await page.GetByTestId("import-confirm").ClickAsync();
        }

        return await NewDesignIdAsync(page, known, design.Name);
    }

    /// <summary>
    /// Picks files in one of the app's file inputs, as a person choosing them in the file dialog. It waits until Blazor
    /// has wired the input up after the circuit started: a file picked before that raises a change nobody hears.
    /// </summary>
    public static async Task PickFilesAsync(IPage page, string testId, params FilePayload[] files)
    {
        var input = page.GetByTestId(testId);
        await input.EvaluateAsync("element => new Promise(resolve => { const ready = () => element._blazorInputFileNextFileId !== undefined ? resolve() : setTimeout(ready, 20); ready(); })");
        await input.SetInputFilesAsync(files);
    }

    /// <summary>Picks a file on disk in one of the app's file inputs (see <see cref="PickFilesAsync(IPage, string, FilePayload[])"/>).</summary>
    public static Task PickFileAsync(IPage page, string testId, string path) => PickFilesAsync(page, testId, new FilePayload
    {
        Name = Path.GetFileName(path),
        MimeType = "application/json",
        Buffer = File.ReadAllBytes(path),
    });

    /// <summary>
    /// Presses Tab (Shift+Tab when <paramref name="backwards"/>), as a keyboard user moves through a page, until
    /// <paramref name="target"/> (or something inside it) has the focus; fails when it is not reached within
    /// <paramref name="most"/> presses.
    /// </summary>
    public static async Task TabToAsync(IPage page, ILocator target, bool backwards = false, int most = 80)
    {
        var key = backwards ? "Shift+Tab" : "Tab";
        for (var presses = 0; presses <= most; presses++)
        {
            if (await target.EvaluateAsync<bool>("element => element.contains(document.activeElement)"))
            {
                return;
            }

            await page.Keyboard.PressAsync(key);
        }

        Assert.Fail($"{key} did not reach {target} in {most} presses.");
    }

    /// <summary>Closes every snackbar shown, as a user dismisses them, and waits until they are gone.</summary>
    public static async Task CloseSnackbarsAsync(IPage page)
    {
        // Handles, not an index: a snackbar closed (or leaving on its own timer) stays in the page while it fades out.
        foreach (var close in await page.Locator(".mud-snackbar .mud-snackbar-close-button").ElementHandlesAsync())
        {
            try
            {
                await close.ClickAsync(new() { Timeout = 5_000 });
            }
            catch (Exception e) when (e is PlaywrightException or TimeoutException)
            {
                // It left on its own timer between the lookup and the click.
            }
        }

        await Assertions.Expect(page.Locator(".mud-snackbar")).ToHaveCountAsync(0);
    }

    /// <summary>Answers the confirmation a destructive action asks for by pressing its button (<c>Cancel</c> to say no).</summary>
    public static async Task AnswerConfirmationAsync(IPage page, string button)
    {
        var dialog = page.Locator(".mud-dialog").Filter(new() { Has = page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }) });
        await dialog.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
    }
}
