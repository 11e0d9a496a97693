using Microsoft.AspNetCore.Components;

namespace AgentStudio.Components;

/// <summary>
/// A component that re-renders when something changes on another thread: a run streaming, a save finishing, another
/// circuit changing a setting. A render that fails there is handed to the renderer, which reports it as this
/// component's error, instead of being lost in a task nobody awaits.
/// </summary>
public abstract class LiveComponent : ComponentBase
{
    /// <summary>Re-renders on the component's own thread, after applying <paramref name="update"/> there.</summary>
    /// <param name="update">State to refresh before rendering, on the render thread; none when the state is already current.</param>
    protected void RenderFromAnyThread(Action? update = null) => _ = RenderAsync(update);

    private async Task RenderAsync(Action? update)
    {
        try
        {
            await InvokeAsync(() =>
            {
                update?.Invoke();
                StateHasChanged();
            });
        }
#pragma warning disable CA1031 // Every failure goes to the renderer, which shows it like any other.
        catch (Exception e)
#pragma warning restore CA1031
        {
            await DispatchExceptionAsync(e);
        }
    }
}
