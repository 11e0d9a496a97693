using AgentStudio.Tests.Support;
using Microsoft.Playwright;

namespace AgentStudio.Tests.Browser;

/// <summary>
/// One real AgentStudio process and one Debian Chromium shared by the browser tests of a collection.
/// Each test opens its own browser context, so cookies, storage and circuits do not leak between tests.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Debian's Chromium; the tests never download a browser.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    private AppProcess? _app;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    internal AppProcess App => _app ?? throw new InvalidOperationException("The fixture is not initialised.");

    /// <summary>The running app's address.</summary>
    public Uri BaseAddress => App.BaseAddress;

    /// <summary>The app's temporary data folder.</summary>
    public string DataFolder => App.DataFolder;

    /// <summary>Opens a fresh browser context and page on the app, with downloads allowed.</summary>
    public Task<IPage> NewPageAsync() => NewPageAsync(BaseAddress);

    /// <summary>Opens a fresh browser context and page on another app process (one a test started for itself).</summary>
    internal async Task<IPage> NewPageAsync(Uri baseAddress)
    {
        var browser = _browser ?? throw new InvalidOperationException("The fixture is not initialised.");
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            AcceptDownloads = true,
            ViewportSize = new ViewportSize { Width = 1400, Height = 900 },
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    /// <summary>Goes to a path of the app and waits until Blazor's circuit is interactive.</summary>
    public static async Task GotoInteractiveAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        // App.razor marks <body> once the circuit has started, so clicks reach the server.
        await page.WaitForSelectorAsync("body[data-circuit='ready']");
    }

    /// <inheritdoc />
    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Browser tests need Debian's Chromium at {ChromiumPath}: run ./test.sh, which installs it.");
        }

        _app = await AppProcess.StartBuiltAsync();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}

/// <summary>Browser tests share one app and one Chromium and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "browser";
}
