using System.Text;
using System.Text.RegularExpressions;
using AgentStudio.Tests.Fakes;
using AgentStudio.Tests.Support;
using Microsoft.Playwright;

namespace AgentStudio.Tests.Browser;

/// <summary>
/// Attacks on keys through the browser: a model server that echoes the key in its 401, and an endpoint switched on the
/// settings page to send a stored key elsewhere. Secrets are entered on the settings page and never come back.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class SecurityBrowserTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string EchoedKey = "sk-echoed-KEY-5544332211";

    [Fact]
    public async Task AKeyEchoedByTheModelServer_AppearsNowhere_PageFramesDatabaseExportOrLog()
    {
        await using var server = await FakeOpenAIServer.StartAsync();
        server.ThenEchoAuthorization();
        var settings = await fixture.NewPageAsync();
        await AddProviderAsync(settings, "echo-local", server.BaseAddress, "echo-gpt", EchoedKey);
        try
        {
            // A page of its own, where the key was never typed: everything the server sends it is recorded.
            var page = await fixture.NewPageAsync();
            var received = new StringBuilder();
            page.WebSocket += (_, socket) => socket.FrameReceived += (_, frame) => received.AppendLine(frame.Text ?? Encoding.UTF8.GetString(frame.Binary ?? []));
            await BrowserFlows.OpenPlaygroundOfNewAsync(page, "customer-support", "Key echo run");
            await page.Locator(".playground-model").ClickAsync();
            await page.GetByText("All agents on echo-gpt").ClickAsync();
            await page.GetByTestId("chat-input").FillAsync("Hello");
            await page.GetByTestId("send").ClickAsync();

            await Assertions.Expect(page.GetByTestId("chat-outcome")).ToHaveAttributeAsync("data-status", "failed", new() { Timeout = 20_000 });
            await Assertions.Expect(page.GetByTestId("chat-outcome")).ToContainTextAsync("Invalid credentials: Bearer ***");
            Assert.Equal($"Bearer {EchoedKey}", Assert.Single(server.Requests).Authorization);
            await page.GetByTestId("open-runs").ClickAsync();
            await page.GetByTestId("open-run").First.ClickAsync();
            var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("export-run").ClickAsync());
            using var folder = new TemporaryFolder();
            var export = Path.Combine(folder.Path, download.SuggestedFilename);
            await download.SaveAsAsync(export);

            Assert.DoesNotContain(EchoedKey, await page.ContentAsync(), StringComparison.Ordinal);
            // The frames did carry the error, masked: the check below looks where the key would be.
            Assert.Contains("Invalid credentials: Bearer ***", WithRenderBatchesDecoded(received.ToString()), StringComparison.Ordinal);
            Assert.DoesNotContain(EchoedKey, WithRenderBatchesDecoded(received.ToString()), StringComparison.Ordinal);
            Assert.Contains("Bearer ***", await File.ReadAllTextAsync(export, TestContext.Current.CancellationToken), StringComparison.Ordinal);
            Assert.DoesNotContain(EchoedKey, await File.ReadAllTextAsync(export, TestContext.Current.CancellationToken), StringComparison.Ordinal);
            foreach (var file in Directory.GetFiles(fixture.DataFolder, "agentstudio.db*"))
            {
                Assert.DoesNotContain(EchoedKey, Encoding.UTF8.GetString(await ReadSharedAsync(file)), StringComparison.Ordinal);
            }

            Assert.DoesNotContain(EchoedKey, fixture.App.Log, StringComparison.Ordinal);
        }
        finally
        {
            await DeleteProviderAsync(settings, "echo-local");
        }
    }

    [Fact]
    public async Task ChangingAProvidersEndpoint_DropsItsKey_SoTestConnectionNeverSendsItThere()
    {
        await using var trusted = await FakeOpenAIServer.StartAsync();
        await using var attacker = await FakeOpenAIServer.StartAsync();
        attacker.ThenJsonText("OK");
        const string key = "sk-bound-ENDPOINT-7788";
        var page = await fixture.NewPageAsync();
        await AddProviderAsync(page, "switch-local", trusted.BaseAddress, "switch-gpt", key);
        try
        {
            var row = page.Locator("[data-testid=provider-row][data-name=switch-local]");
            await row.GetByTestId("edit-provider").ClickAsync();
            await page.GetByTestId("provider-endpoint").FillAsync(attacker.BaseAddress.ToString());
            await Assertions.Expect(page.GetByTestId("provider-form")).ToContainTextAsync("saving a new endpoint or kind clears it");
            await page.GetByTestId("save-provider").ClickAsync();
            await Assertions.Expect(row.GetByTestId("provider-key")).ToHaveTextAsync("none");

            await row.GetByTestId("test-connection").ClickAsync();
            await Assertions.Expect(page.GetByTestId("test-result")).ToBeVisibleAsync();

            var sent = Assert.Single(attacker.Requests);
            Assert.DoesNotContain(key, sent.Authorization ?? "", StringComparison.Ordinal);
            Assert.Empty(trusted.Requests);
        }
        finally
        {
            await DeleteProviderAsync(page, "switch-local");
        }
    }

    [Fact]
    public async Task ASecret_IsEnteredWithItsHosts_AndItsValueNeverComesBack()
    {
        const string value = "ghp-secret-VALUE-31415";
        var page = await fixture.NewPageAsync();
        await BrowserFixture.GotoInteractiveAsync(page, "/settings");

        await page.GetByTestId("secret-name").FillAsync("GITHUB_PAT");
        await page.GetByTestId("secret-value-input").FillAsync(value);
        await page.GetByTestId("secret-hosts-input").FillAsync("https://api.github.com/");
        await page.GetByTestId("save-secret").ClickAsync();
        await Assertions.Expect(page.GetByTestId("secret-error")).ToContainTextAsync("'https://api.github.com/' is not a host name");
        await page.GetByTestId("secret-hosts-input").FillAsync("api.github.com, *.githubusercontent.com");
        await page.GetByTestId("save-secret").ClickAsync();

        var row = page.Locator("[data-testid=secret-row][data-name=GITHUB_PAT]");
        try
        {
            await Assertions.Expect(row.GetByTestId("secret-hosts")).ToHaveTextAsync("api.github.com, *.githubusercontent.com");
            await Assertions.Expect(row.GetByTestId("secret-value")).ToHaveTextAsync("••••1415");
            await row.GetByTestId("edit-secret").ClickAsync();
            Assert.Equal("", await page.GetByTestId("secret-value-input").InputValueAsync());
            await page.GetByTestId("secret-hosts-input").FillAsync("api.github.com");
            await page.GetByTestId("save-secret").ClickAsync();
            await Assertions.Expect(row.GetByTestId("secret-hosts")).ToHaveTextAsync("api.github.com");
            await Assertions.Expect(row.GetByTestId("secret-value")).ToHaveTextAsync("••••1415");

            var reopened = await fixture.NewPageAsync();
            await BrowserFixture.GotoInteractiveAsync(reopened, "/settings");
            Assert.DoesNotContain(value, await reopened.ContentAsync(), StringComparison.Ordinal);
            Assert.DoesNotContain(value, await File.ReadAllTextAsync(Path.Combine(fixture.DataFolder, "secrets.json"), TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }
        finally
        {
            await row.GetByTestId("delete-secret").ClickAsync();
            await Assertions.Expect(page.GetByTestId("secrets-empty")).ToBeVisibleAsync();
        }
    }

    private static async Task AddProviderAsync(IPage page, string name, Uri endpoint, string model, string key)
    {
        await BrowserFixture.GotoInteractiveAsync(page, "/settings");
        await page.GetByTestId("provider-name").FillAsync(name);
        await page.GetByTestId("provider-endpoint").FillAsync(endpoint.ToString());
        await page.GetByTestId("provider-models").FillAsync(model);
        await page.GetByTestId("provider-key-input").FillAsync(key);
        await page.GetByTestId("save-provider").ClickAsync();
        await Assertions.Expect(page.Locator($"[data-testid=provider-row][data-name={name}]").GetByTestId("provider-key")).ToHaveTextAsync("••••" + key[^4..]);
    }

    // The tests of this class share its app; each removes the provider it added.
    private static async Task DeleteProviderAsync(IPage page, string name)
    {
        await BrowserFixture.GotoInteractiveAsync(page, "/settings");
        await page.Locator($"[data-testid=provider-row][data-name={name}]").GetByTestId("delete-provider").ClickAsync();
        await BrowserFlows.AnswerConfirmationAsync(page, "Delete");
        await Assertions.Expect(page.Locator($"[data-testid=provider-row][data-name={name}]")).ToHaveCountAsync(0);
    }

    // Blazor sends render batches as base64 inside the hub's JSON messages; their strings are only readable decoded.
    private static string WithRenderBatchesDecoded(string frames)
    {
        var text = new StringBuilder(frames);
        foreach (Match encoded in Base64Run().Matches(frames))
        {
            try
            {
                text.AppendLine(Encoding.UTF8.GetString(Convert.FromBase64String(encoded.Value)));
            }
            catch (FormatException)
            {
                // Not base64 after all: the raw text is searched already.
            }
        }

        return text.ToString();
    }

    // The app holds the database open; read it the way SQLite lets others read.
    private static async Task<byte[]> ReadSharedAsync(string path)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }

    [GeneratedRegex("[A-Za-z0-9+/]{40,}={0,2}")]
    private static partial Regex Base64Run();
}
