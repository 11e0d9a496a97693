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
}
