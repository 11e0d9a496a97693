using System.Text.Json;
using Microsoft.Playwright;
using static AgentStudio.Tests.Browser.BrowserFlows;

namespace AgentStudio.Tests.Browser;

/// <summary>Serving a design, as a user does it in Chromium: a key from Settings, Publish in the designer, a fetch from the page, the run on the runs page.</summary>
[Collection(BrowserCollection.Name)]
public sealed class RunApiBrowserTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task ADesignPublishedInTheDesigner_AnswersAFetchWithAKeyFromSettings_AndTheRunIsListedAsAnApiRun()
    {
        var page = await fixture.NewPageAsync();
        await BrowserFixture.GotoInteractiveAsync(page, "/settings");
        await page.GetByTestId("api-key-name").FillAsync("browser-app");
        await page.GetByTestId("create-api-key").ClickAsync();
        var key = await page.GetByTestId("new-api-key").TextContentAsync() ?? "";

        var id = await OpenNewFromTemplateAsync(page, "customer-support", "Served support");
        await page.GetByTestId("publish").ClickAsync();
        await Assertions.Expect(page.GetByTestId("publish-status")).ToContainTextAsync("Published · revision");

        var answer = await page.EvaluateAsync<string>(
            """
            async key => {
              const response = await fetch('/api/designs/served-support/runs', {
                method: 'POST',
                headers: { 'Authorization': 'Bearer ' + key, 'Content-Type': 'application/json' },
                body: JSON.stringify({ input: 'I was charged twice' }),
              });
              return JSON.stringify({ status: response.status, body: await response.json() });
            }
            """,
            key);
        using var json = JsonDocument.Parse(answer);
        Assert.Equal(200, json.RootElement.GetProperty("status").GetInt32());
        var run = json.RootElement.GetProperty("body");
        Assert.Equal("completed", run.GetProperty("status").GetString());

        await BrowserFixture.GotoInteractiveAsync(page, $"/designs/{id}/runs");
        var row = page.Locator($"[data-testid=run-row][data-run-id='{run.GetProperty("runId").GetString()}']");
        await Assertions.Expect(row.GetByTestId("run-source")).ToHaveTextAsync("API · key “browser-app”");
        await Assertions.Expect(row.GetByTestId("run-status")).ToHaveTextAsync("Completed");
    }
}
