using AgentStudio.Core.Designs;
using AgentStudio.Designer;
using AgentStudio.Tests.Fakes;
using AgentStudio.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace AgentStudio.Tests.Designer;

/// <summary>Designer sessions over an in-memory store on a fake clock; every session it opened is disposed with it.</summary>
internal sealed class DesignerSessionHarness : IAsyncDisposable
{
    private readonly List<DesignerSession> _opened = [];

    public DesignerSessionHarness() => Store = new InMemoryDesignStore(Clock);

    public FakeTimeProvider Clock { get; } = TestClock.New();

    public InMemoryDesignStore Store { get; }

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>Stores <paramref name="design"/> as a new design and opens a session on it.</summary>
    public async Task<DesignerSession> OpenAsync(DesignDocument design)
    {
        var created = await Store.CreateAsync(design, cancellationToken: Cancel);
        var session = await DesignerSession.OpenAsync(Store, created.Id, Clock, Cancel);
        Assert.NotNull(session);
        _opened.Add(session);
        return session;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        foreach (var session in _opened)
        {
            await session.DisposeAsync();
        }
    }
}
