using System.Text.Json;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace AgentStudio.Tests.Support;

/// <summary>
/// Persists a bUnit renderer's component state as a prerender does when its page is sent, and reads what it left.
/// </summary>
/// <remarks>
/// bUnit's own <c>BunitPersistentComponentState.TriggerOnPersisting</c> starts the persisting and does not wait for it:
/// the framework runs the callbacks on the renderer's dispatcher, which queues them while it is busy (a render on
/// another thread), so a test that reads the state next sometimes found nothing (CI e1). Here every step is awaited.
/// The renderer must have registered the state with <c>AddBunitPersistentComponentState</c>.
/// </remarks>
internal static class PageStateHandover
{
    /// <summary>Runs the page's persisting callbacks to the end and returns the state they left, by key.</summary>
    public static async Task<IReadOnlyDictionary<string, byte[]>> PersistAsync(BunitContext context)
    {
        var manager = context.Services.GetRequiredService<ComponentStatePersistenceManager>();
        var store = new CapturingStore();
        await manager.PersistStateAsync(store, context.Renderer);
        return store.Persisted;
    }

    /// <summary>Reads the JSON value persisted under <paramref name="key"/>, as <c>PersistAsJson</c> wrote it; null when absent.</summary>
    public static T? Read<T>(IReadOnlyDictionary<string, byte[]> persisted, string key) =>
        persisted.TryGetValue(key, out var bytes) ? JsonSerializer.Deserialize<T>(bytes, JsonSerializerOptions.Web) : default;

    private sealed class CapturingStore : IPersistentComponentStateStore
    {
        public Dictionary<string, byte[]> Persisted { get; } = new(StringComparer.Ordinal);

        public Task<IDictionary<string, byte[]>> GetPersistedStateAsync() => Task.FromResult<IDictionary<string, byte[]>>(new Dictionary<string, byte[]>());

        public Task PersistStateAsync(IReadOnlyDictionary<string, byte[]> state)
        {
            foreach (var (key, value) in state)
            {
                Persisted[key] = value;
            }

            return Task.CompletedTask;
        }
    }
}
