using Microsoft.Playwright;
using static AgentStudio.Tests.Browser.BrowserFlows;
using static AgentStudio.Tests.Browser.DesignerFlows;

namespace AgentStudio.Tests.Browser;

/// <summary>Publishing from the designer in Chromium: what is published, whether the draft differs, the slug, and the designs page.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PublishingBrowserTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Publish_ShowsTheRevision_AnEditMakesTheDraftDiffer_AndReloadAndTheDesignsPageKeepIt()
    {
        var page = await fixture.NewPageAsync();
        var id = await OpenNewFromTemplateAsync(page, "hybrid-support", "Served hybrid");
        var status = page.GetByTestId("publish-status");
        await Assertions.Expect(status).ToHaveTextAsync("Not published");
        await Assertions.Expect(page.GetByTestId("prop-design-slug")).ToHaveValueAsync("served-hybrid");
        var revision = await page.GetByTestId("save-status").GetAttributeAsync("data-revision");

        await page.GetByTestId("publish").ClickAsync();

        await Assertions.Expect(status).ToHaveTextAsync($"Published · revision {revision}");
        await Assertions.Expect(page.GetByTestId("draft-differs")).ToHaveCountAsync(0);

        await EditAndWaitForItsSaveAsync(page, () => page.GetByTestId("prop-design-description").FillAsync("Edited after publishing"));

        await Assertions.Expect(page.GetByTestId("draft-differs")).ToBeVisibleAsync();
        await Assertions.Expect(status).ToHaveTextAsync($"Published · revision {revision}");

        await page.ReloadAsync();
        await WaitForDesignerAsync(page, id);
        await Assertions.Expect(status).ToHaveTextAsync($"Published · revision {revision}");
        await Assertions.Expect(page.GetByTestId("draft-differs")).ToBeVisibleAsync();

        await BrowserFixture.GotoInteractiveAsync(page, "/designs");
        await Assertions.Expect(DesignRow(page, id).GetByTestId("published-revision")).ToHaveTextAsync($"revision {revision}");
    }

    [Fact]
    public async Task Publish_ADesignWithErrors_ListsThem_AndABadSlugIsRefusedWithItsReason()
    {
        var page = await fixture.NewPageAsync();
        var id = await OpenNewFromTemplateAsync(page, "blank", "Nothing yet");

        await page.GetByTestId("publish").ClickAsync();

        await Assertions.Expect(page.GetByTestId("designer-message")).ToContainTextAsync("Not published");
        await Assertions.Expect(page.GetByTestId("publish-blocker").First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("publish-status")).ToHaveTextAsync("Not published");

        var slug = page.GetByTestId("prop-design-slug");
        await slug.FillAsync("Nothing Yet");
        await slug.PressAsync("Tab");
        await Assertions.Expect(page.GetByText("A slug may hold only lower-case letters")).ToBeVisibleAsync();
        await slug.FillAsync("nothing-yet-2");
        await slug.PressAsync("Tab");
        await Assertions.Expect(page.GetByText("A slug may hold only lower-case letters")).ToHaveCountAsync(0);

        await page.ReloadAsync();
        await WaitForDesignerAsync(page, id);
        await Assertions.Expect(page.GetByTestId("prop-design-slug")).ToHaveValueAsync("nothing-yet-2");
    }
}
