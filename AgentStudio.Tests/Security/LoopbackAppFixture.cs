using AgentStudio.Tests.Support;

namespace AgentStudio.Tests.Security;

/// <summary>One real app on loopback (zero setup, no sign-in) for the host and origin tests of a class.</summary>
public sealed class LoopbackAppFixture : IAsyncLifetime
{
    private AppProcess? _app;

    internal AppProcess App => _app ?? throw new InvalidOperationException("The fixture is not initialised.");

    /// <inheritdoc />
    public async ValueTask InitializeAsync() => _app = await AppProcess.StartBuiltAsync();

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
