using AgentStudio.Tests.Fakes;
using Microsoft.Playwright;

namespace AgentStudio.Tests.Browser;

/// <summary>A model server that makes the run wait, then cuts its answer short: the playground shows the wait and the failure, never a success.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ModelFaultBrowserTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task ARetryThenACutStream_ShowTheRetry_AndEndTheRunAsFailed()
    {
        await using var server = await FakeOpenAIServer.StartAsync();
        server.ThenStatus(503, retryAfter: "1").ThenStreamEndingEarly("Three ", "of ", "ten");
        var page = await fixture.NewPageAsync();
        await BrowserFixture.GotoInteractiveAsync(page, "/settings");
        await page.GetByTestId("provider-name").FillAsync("fault-local");
        await page.GetByTestId("provider-endpoint").FillAsync(server.BaseAddress.ToString());
        await page.GetByTestId("provider-models").FillAsync("fault-gpt");
        await page.GetByTestId("save-provider").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=provider-row][data-name=fault-local]")).ToBeVisibleAsync();
        try
        {
            await BrowserFlows.OpenPlaygroundOfNewAsync(page, "customer-support", "Fault run");
            await page.Locator(".playground-model").ClickAsync();
            await page.GetByText("All agents on fault-gpt").ClickAsync();
            await page.GetByTestId("chat-input").FillAsync("I was charged twice");
            await page.GetByTestId("send").ClickAsync();

            await Assertions.Expect(page.GetByTestId("chat-retry-card")).ToContainTextAsync("retrying in 1 s (1 of 3): the server asked to wait (503 Service Unavailable)");
            var outcome = page.GetByTestId("chat-outcome");
            await Assertions.Expect(outcome).ToHaveAttributeAsync("data-status", "failed");
            await Assertions.Expect(outcome).ToContainTextAsync("the model server closed the stream before the answer ended");
            await Assertions.Expect(page.GetByTestId("chat-agent-text").Last).ToHaveTextAsync("Three of ten");
            Assert.Equal(2, server.Requests.Count);
        }
        finally
        {
            // The provider goes as a user removes it, and the app is left with none.
            await BrowserFixture.GotoInteractiveAsync(page, "/settings");
            await page.Locator("[data-testid=provider-row][data-name=fault-local]").GetByTestId("delete-provider").ClickAsync();
            await BrowserFlows.AnswerConfirmationAsync(page, "Delete");
            await Assertions.Expect(page.GetByTestId("providers-empty")).ToBeVisibleAsync();
        }
    }
}
