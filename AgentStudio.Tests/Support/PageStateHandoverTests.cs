using Bunit;
using Microsoft.AspNetCore.Components;

namespace AgentStudio.Tests.Support;

/// <summary>The test helper that persists a page's state waits for callbacks the renderer had to queue.</summary>
public sealed class PageStateHandoverTests : IAsyncDisposable
{
    private readonly BunitContext _context = new();

    [Fact]
    public async Task PersistAsync_WhileTheRendererIsBusy_ReturnsWhatTheCallbacksPersistedOnceItIsFree()
    {
        _context.AddBunitPersistentComponentState();
        _context.Render<PersistingProbe>();
        using var busy = new SemaphoreSlim(0);
        using var entered = new SemaphoreSlim(0);
        // Another thread holds the renderer's dispatcher, as a render after an awaited call does.
        var holding = Task.Run(() => _context.Renderer.Dispatcher.InvokeAsync(() =>
        {
            entered.Release();
            busy.Wait(Xunit.TestContext.Current.CancellationToken);
        }), Xunit.TestContext.Current.CancellationToken);
        await entered.WaitAsync(Xunit.TestContext.Current.CancellationToken);

        var persisting = PageStateHandover.PersistAsync(_context);
        busy.Release();
        await holding;

        Assert.Equal("left for the circuit", PageStateHandover.Read<string>(await persisting, PersistingProbe.Key));
    }

    public ValueTask DisposeAsync() => _context.DisposeAsync();

    private sealed class PersistingProbe : ComponentBase, IDisposable
    {
        public const string Key = "probe";
        private PersistingComponentStateSubscription _subscription;

        [Inject]
        private PersistentComponentState State { get; set; } = default!;

        protected override void OnInitialized() =>
            _subscription = State.RegisterOnPersisting(() =>
            {
                State.PersistAsJson(Key, "left for the circuit");
                return Task.CompletedTask;
            });

        public void Dispose() => _subscription.Dispose();
    }
}
