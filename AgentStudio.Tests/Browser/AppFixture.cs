using AgentStudio.Tests.Support;
using Microsoft.Playwright;

namespace AgentStudio.Tests.Browser;

/// <summary>
/// A test class's own AgentStudio app: its own process and its own empty data folder, started before the class's
/// first test and deleted after its last. What one class saves (designs, providers, secrets, trust) never reaches
/// another class.
/// </summary>
/// <remarks>The tests of one class still share this app; they name what they create so that they do not collide.</remarks>
public sealed class AppFixture(BrowserFixture browser) : IAsyncLifetime
{
    private readonly List<IBrowserContext> _contexts = [];
    private AppProcess? _app;

    internal AppProcess App => _app ?? throw new InvalidOperationException("The fixture is not initialised.");

    /// <summary>The running app's address.</summary>
    public Uri BaseAddress => App.BaseAddress;

    /// <summary>The app's temporary data folder.</summary>
    public string DataFolder => App.DataFolder;

    /// <summary>Opens a fresh browser context and page on this class's app, with downloads allowed.</summary>
    public Task<IPage> NewPageAsync() => NewPageAsync(BaseAddress);

    /// <summary>Opens a fresh browser context and page on another app a test started itself.</summary>
    public async Task<IPage> NewPageAsync(Uri baseAddress)
    {
        var page = await browser.NewPageAsync(baseAddress);
        lock (_contexts)
        {
            _contexts.Add(page.Context);
        }

        return page;
    }

    /// <inheritdoc />
    public async ValueTask InitializeAsync() => _app = await AppProcess.StartBuiltAsync();

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        // The class's pages close before its app goes: a page left open on a stopped app keeps trying to reconnect,
        // and those renderers took the CPU the next class's app needed to start.
        foreach (var context in _contexts)
        {
            await context.CloseAsync();
        }

        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
