using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace AgentStudio.Tests.Browser;

/// <summary>The API reference page, opened from the navigation as a user would, on a browser that can reach nothing but the app.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ApiReferenceBrowserTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task TheNavigation_OpensTheApiReference_WhichRendersTheDocument_WithNothingFetchedFromElsewhere()
    {
        var page = await fixture.NewPageAsync();
        var appOrigin = fixture.BaseAddress.GetLeftPart(UriPartial.Authority);
        var elsewhere = new ConcurrentQueue<string>();
        // Offline as on a machine without internet: every request to another origin is noted and fails.
        await page.Context.RouteAsync("**/*", async route =>
        {
            if (route.Request.Url.StartsWith(appOrigin + "/", StringComparison.Ordinal) || route.Request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                await route.ContinueAsync();
                return;
            }

            elsewhere.Enqueue(route.Request.Url);
            await route.AbortAsync();
        });
        await BrowserFixture.GotoInteractiveAsync(page, "/designs");

        await page.GetByTestId("nav-api-reference").ClickAsync();

        await page.WaitForURLAsync("**/api-reference/");
        await Assertions.Expect(page).ToHaveTitleAsync("AgentStudio API reference");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "AgentStudio API" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Authorization: Bearer").First).ToBeVisibleAsync();
        // Scalar's developer toolbar (Share, Generate SDK, Deploy) and its sidebar's client button send the user, and the
        // document's address, to Scalar's site; the page has none of them (only the "Powered by Scalar" credit links there).
        foreach (var name in new[] { "Share", "Generate SDK", "Deploy" })
        {
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true })).ToHaveCountAsync(0);
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true })).ToHaveCountAsync(0);
        }

        await Assertions.Expect(page.Locator("a[href*='client.scalar.com']")).ToHaveCountAsync(0);
        Assert.Empty(elsewhere);
    }
}
