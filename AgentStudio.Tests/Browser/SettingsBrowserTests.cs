using AgentStudio.Tests.Fakes;
using AgentStudio.Tests.Support;
using Microsoft.Playwright;

namespace AgentStudio.Tests.Browser;

/// <summary>A provider configured on the settings page serves a playground run; its key never reaches the browser or an export.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SettingsBrowserTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string ApiKey = "sk-test-SECRET-9876";

    [Fact]
    public async Task AFakeCompatibleServer_ConfiguredInSettings_AnswersAPlaygroundRun_AndTheKeyStaysOnTheServer()
    {
        await using var server = await FakeOpenAIServer.StartAsync();
        server.ThenJsonText("OK")
            .ThenToolCalls(("call_1", "transfer_to_billingagent", "{}"))
            .ThenText("Refund ", "from the ", "fake server.");
        var page = await fixture.NewPageAsync();
        await BrowserFixture.GotoInteractiveAsync(page, "/settings");

        await page.GetByTestId("provider-name").FillAsync("fake-local");
        await page.GetByTestId("provider-endpoint").FillAsync(server.BaseAddress.ToString());
        await page.GetByTestId("provider-models").FillAsync("fake-gpt");
        await page.GetByTestId("provider-key-input").FillAsync(ApiKey);
        await page.GetByTestId("save-provider").ClickAsync();
        var row = page.Locator("[data-testid=provider-row][data-name=fake-local]");
        await Assertions.Expect(row.GetByTestId("provider-key")).ToHaveTextAsync("••••9876");
        try
        {
            await row.GetByTestId("test-connection").ClickAsync();
            await Assertions.Expect(page.GetByTestId("test-result")).ToHaveAttributeAsync("data-ok", "true");
            Assert.DoesNotContain(ApiKey, await page.ContentAsync(), StringComparison.Ordinal);
            await row.GetByTestId("edit-provider").ClickAsync();
            Assert.Equal("", await page.GetByTestId("provider-key-input").InputValueAsync());

            await BrowserFlows.OpenPlaygroundOfNewAsync(page, "customer-support", "Settings run");
            var designExportUrl = page.Url.Replace("/play", "/export", StringComparison.Ordinal);
            await Assertions.Expect(page.GetByTestId("simulated-notice")).ToHaveCountAsync(0);
            await page.Locator(".playground-model").ClickAsync();
            await page.GetByText("All agents on fake-gpt").ClickAsync();
            await page.GetByTestId("chat-input").FillAsync("I was charged twice");
            await page.GetByTestId("send").ClickAsync();

            await Assertions.Expect(page.GetByTestId("chat-outcome")).ToHaveAttributeAsync("data-status", "completed", new() { Timeout = 20_000 });
            await Assertions.Expect(page.GetByTestId("chat-agent-text").Last).ToHaveTextAsync("Refund from the fake server.");
            var requests = server.Requests.ToList();
            Assert.Equal(3, requests.Count);
            Assert.All(requests, r => Assert.Equal($"Bearer {ApiKey}", r.Authorization));
            Assert.Equal("fake-gpt", (string?)requests[1].Body["model"]);
            Assert.DoesNotContain(ApiKey, await page.ContentAsync(), StringComparison.Ordinal);

            await page.GetByTestId("open-runs").ClickAsync();
            await page.GetByTestId("open-run").First.ClickAsync();
            var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("export-run").ClickAsync());
            using var folder = new TemporaryFolder();
            var file = Path.Combine(folder.Path, download.SuggestedFilename);
            await download.SaveAsAsync(file);
            Assert.DoesNotContain(ApiKey, await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken), StringComparison.Ordinal);
            var designExport = await page.APIRequest.GetAsync(designExportUrl);
            Assert.True(designExport.Ok, $"{designExportUrl} answered {designExport.Status}");
            Assert.Contains("\"format\": \"agentstudio.design\"", await designExport.TextAsync(), StringComparison.Ordinal);
            Assert.DoesNotContain(ApiKey, await designExport.TextAsync(), StringComparison.Ordinal);
            Assert.DoesNotContain(ApiKey, await File.ReadAllTextAsync(Path.Combine(fixture.DataFolder, "providers.json"), TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }
        finally
        {
            // The provider goes as a user removes it, and the app is left with none.
            await BrowserFixture.GotoInteractiveAsync(page, "/settings");
            await page.Locator("[data-testid=provider-row][data-name=fake-local]").GetByTestId("delete-provider").ClickAsync();
            await BrowserFlows.AnswerConfirmationAsync(page, "Delete");
            await Assertions.Expect(page.GetByTestId("providers-empty")).ToBeVisibleAsync();
        }
    }

    [Fact]
    public async Task Providers_KindsInWords_DeploymentsOnlyForAzure_NoTwoOfOneName_DeleteAsksFirst()
    {
        var page = await fixture.NewPageAsync();
        await page.SetViewportSizeAsync(1280, 720);
        await BrowserFixture.GotoInteractiveAsync(page, "/settings");
        var deployments = page.GetByTestId("provider-deployments");
        await Assertions.Expect(deployments).ToHaveCountAsync(0);
        await PickKindAsync(page, "Azure OpenAI");
        await Assertions.Expect(deployments).ToBeVisibleAsync();
        await PickKindAsync(page, "OpenAI-compatible (Ollama, vLLM, LM Studio…)");
        await Assertions.Expect(deployments).ToHaveCountAsync(0);

        await AddCompatibleAsync(page, "local-twin");
        var row = page.Locator("[data-testid=provider-row][data-name=local-twin]");
        await Assertions.Expect(row.GetByTestId("provider-kind-name")).ToHaveTextAsync("OpenAI-compatible");
        await AddCompatibleAsync(page, "Local-Twin");
        await Assertions.Expect(page.GetByTestId("provider-error")).ToHaveTextAsync("There is already a provider named Local-Twin: give this one another name.");
        await Assertions.Expect(page.Locator("[data-testid=provider-row][data-name=Local-Twin]")).ToHaveCountAsync(0);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "agentstudio-settings-providers.png") });

        await row.GetByTestId("delete-provider").ClickAsync();
        await BrowserFlows.AnswerConfirmationAsync(page, "Cancel");
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await row.GetByTestId("delete-provider").ClickAsync();
        await BrowserFlows.AnswerConfirmationAsync(page, "Delete");
        await Assertions.Expect(row).ToHaveCountAsync(0);
    }

    private static async Task PickKindAsync(IPage page, string kind)
    {
        await page.GetByTestId("provider-form").Locator(".mud-input-control.mud-select").ClickAsync();
        await page.Locator(".mud-popover-open").GetByText(kind, new() { Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".mud-popover-open")).ToHaveCountAsync(0);
    }

    private static async Task AddCompatibleAsync(IPage page, string name)
    {
        await page.GetByTestId("provider-name").FillAsync(name);
        await page.GetByTestId("provider-endpoint").FillAsync("http://127.0.0.1:9/v1");
        await page.GetByTestId("save-provider").ClickAsync();
    }
}
