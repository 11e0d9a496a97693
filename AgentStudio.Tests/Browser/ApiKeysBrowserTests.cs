using Microsoft.Playwright;

namespace AgentStudio.Tests.Browser;

/// <summary>The API keys section of Settings, driven as an administrator would: create a key, see it once, revoke it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ApiKeysBrowserTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task AKeyCreatedInSettings_IsShownOnce_ListedByItsPrefix_AndRevokedAfterConfirming()
    {
        var page = await fixture.NewPageAsync();
        await BrowserFixture.GotoInteractiveAsync(page, "/settings");
        await Assertions.Expect(page.GetByTestId("api-keys-empty")).ToBeVisibleAsync();

        await page.GetByTestId("api-key-name").FillAsync("browser-ci");
        await page.GetByTestId("create-api-key").ClickAsync();
        var panel = page.GetByTestId("new-api-key-panel");
        await Assertions.Expect(panel).ToContainTextAsync("you will not see it again");
        var key = await panel.GetByTestId("new-api-key").TextContentAsync() ?? "";
        var row = page.Locator("[data-testid=api-key-row][data-name=browser-ci]");

        Assert.Matches("^as_[A-Za-z0-9_-]{43}$", key);
        await Assertions.Expect(row.GetByTestId("api-key-prefix")).ToHaveTextAsync($"{key[..11]}…");
        await Assertions.Expect(row.GetByTestId("api-key-last-used")).ToHaveTextAsync("never");
        Assert.Empty(await AxeScan.BlockingViolationsAsync(page, "settings showing a new API key"));

        // Shown once: neither "Done" nor coming back to the page brings the key back.
        await panel.GetByTestId("dismiss-api-key").ClickAsync();
        await Assertions.Expect(panel).ToHaveCountAsync(0);
        await BrowserFixture.GotoInteractiveAsync(page, "/settings");
        await Assertions.Expect(row).ToHaveCountAsync(1);
        Assert.DoesNotContain(key[11..], await page.ContentAsync(), StringComparison.Ordinal);

        await row.GetByTestId("revoke-api-key").ClickAsync();
        await BrowserFlows.AnswerConfirmationAsync(page, "Cancel");
        await Assertions.Expect(row).ToHaveAttributeAsync("data-revoked", "false");
        await row.GetByTestId("revoke-api-key").ClickAsync();
        await BrowserFlows.AnswerConfirmationAsync(page, "Revoke");

        await Assertions.Expect(row).ToHaveAttributeAsync("data-revoked", "true");
        await Assertions.Expect(row.GetByTestId("api-key-revoked")).ToHaveTextAsync("Revoked");
        await Assertions.Expect(row.GetByTestId("revoke-api-key")).ToHaveCountAsync(0);
    }
}
