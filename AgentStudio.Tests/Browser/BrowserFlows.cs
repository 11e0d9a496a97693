using Microsoft.Playwright;

namespace AgentStudio.Tests.Browser;

/// <summary>Steps several browser tests share, done as a person would.</summary>
internal static class BrowserFlows
{
    /// <summary>Creates a design from a template on the designs page and opens it in the designer.</summary>
    public static async Task OpenNewFromTemplateAsync(IPage page, string template, string name)
    {
        await BrowserFixture.GotoInteractiveAsync(page, "/designs");
        await page.GetByTestId("new-design").ClickAsync();
        await page.GetByTestId($"template-{template}").ClickAsync();
        // Picking a template fills in its name; type ours only after that, or the template's could win.
        await Assertions.Expect(page.GetByTestId("new-design-name")).Not.ToHaveValueAsync("Untitled design");
        await page.GetByTestId("new-design-name").FillAsync(name);
        await page.GetByTestId("create-design").ClickAsync();
        await page.GetByTestId("open-design").Filter(new() { HasText = name }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("diagram-canvas")).ToHaveAttributeAsync("data-ready", "true", new() { Timeout = 15_000 });
    }

    /// <summary>Creates a design from a template and opens its playground; returns the playground's address.</summary>
    public static async Task<string> OpenPlaygroundOfNewAsync(IPage page, string template, string name)
    {
        await OpenNewFromTemplateAsync(page, template, name);
        await page.GetByTestId("open-playground").ClickAsync();
        await Assertions.Expect(page.GetByTestId("playground")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("diagram-canvas")).ToHaveAttributeAsync("data-ready", "true", new() { Timeout = 15_000 });
        return page.Url;
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
}
