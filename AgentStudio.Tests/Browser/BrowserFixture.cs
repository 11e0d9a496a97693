using Microsoft.Playwright;

namespace AgentStudio.Tests.Browser;

/// <summary>
/// One Debian Chromium shared by the browser tests of the collection. It holds no app and no data: each test class
/// starts its own app (<see cref="AppFixture"/>), and each test opens its own browser context, so cookies, storage
/// and circuits do not leak between tests.
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

    // How long an action, a navigation or an expectation waits for its condition. Generous because the machine that
    // runs the suite is shared and busy (page loads of over 15 s were seen): a wait ends as soon as its condition
    // holds, so this bounds only how long a failing test takes to say so, never what a test checks.
    private const int WaitTimeout = 30_000;

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>Opens a fresh browser context and page on an app, with downloads allowed.</summary>
    public async Task<IPage> NewPageAsync(Uri baseAddress)
    {
        var browser = _browser ?? throw new InvalidOperationException("The fixture is not initialised.");
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            AcceptDownloads = true,
            ViewportSize = new ViewportSize { Width = 1400, Height = 900 },
        });
        context.SetDefaultTimeout(WaitTimeout);
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

        Assertions.SetDefaultExpectTimeout(WaitTimeout);
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
    }
}

/// <summary>
/// The browser tests: one Chromium, and one test class at a time, each on its own app (<see cref="AppFixture"/>).
/// </summary>
/// <remarks>
/// Serial on purpose: a Blazor Server app and Chromium's renderer each take most of a core while a test drives them,
/// and on a two-core machine two classes at once made every wait a race with the other class's CPU. The classes no
/// longer share an app or data, so a bigger machine could split this collection without changing a test.
/// </remarks>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "browser";
}
