using AgentStudio.Core.Designs;
using AgentStudio.Storage;

namespace AgentStudio.Designs;

/// <summary>Where an open design stands against the database.</summary>
public enum SaveState
{
    /// <summary>Everything is saved.</summary>
    Saved,

    /// <summary>A change waits for the debounce to end.</summary>
    Pending,

    /// <summary>A save is under way.</summary>
    Saving,

    /// <summary>Another tab or user saved first; nothing was overwritten and the user must choose.</summary>
    Conflict,

    /// <summary>The last save failed; the change is still held and is retried on the next change or flush.</summary>
    Failed,
}

/// <summary>
/// Saves an open design as revisions, debounced, based on the revision it was loaded at; a save based on a stale
/// revision is refused by the store and becomes <see cref="SaveState.Conflict"/>, never an overwrite.
/// </summary>
/// <remarks>Used from one circuit; <see cref="StateChanged"/> is raised off the render thread.</remarks>
public sealed class DesignAutosave(IDesignStore store, Guid designId, int baseRevision, TimeProvider time) : IAsyncDisposable
{
    /// <summary>How long edits settle before they are saved.</summary>
    public static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(600);

    private readonly SemaphoreSlim _saving = new(1, 1);
    private CancellationTokenSource? _debounce;
    private DesignDocument? _pending;
    private string _reason = "Edited";

    /// <summary>Raised whenever <see cref="State"/> changes.</summary>
    public event Action? StateChanged;

    /// <summary>The current state.</summary>
    public SaveState State { get; private set; } = SaveState.Saved;

    /// <summary>The revision the editor's design is based on.</summary>
    public int BaseRevision { get; private set; } = baseRevision;

    /// <summary>Why the last save failed, or which revision won a conflict.</summary>
    public string? Message { get; private set; }

    /// <summary>Records a change to save after the debounce.</summary>
    public void Schedule(DesignDocument design, string reason)
    {
        _pending = design;
        _reason = reason;
        if (State == SaveState.Conflict)
        {
            return;
        }

        SetState(SaveState.Pending);
        _debounce?.Cancel();
        _debounce = new CancellationTokenSource();
        var token = _debounce.Token;
        _ = Task.Run(async () =>
        {
            try
            {
                await Task.Delay(Debounce, time, token);
                await FlushAsync();
            }
            catch (OperationCanceledException)
            {
                // A newer change restarted the debounce.
            }
        }, CancellationToken.None);
    }

    /// <summary>Saves what is pending now (before leaving the page, on demand).</summary>
    public async Task FlushAsync()
    {
        await _saving.WaitAsync();
        try
        {
            if (_pending is not { } design || State == SaveState.Conflict)
            {
                return;
            }

            SetState(SaveState.Saving);
            try
            {
                var saved = await store.SaveAsync(designId, BaseRevision, design, _reason);
                BaseRevision = saved.Revision;
                if (ReferenceEquals(_pending, design))
                {
                    _pending = null;
                }

                Message = null;
                SetState(_pending is null ? SaveState.Saved : SaveState.Pending);
            }
            catch (StaleRevisionException e)
            {
                Message = e.Message;
                SetState(SaveState.Conflict);
            }
#pragma warning disable CA1031 // A failed save must never take the circuit down; the change stays pending.
            catch (Exception e)
#pragma warning restore CA1031
            {
                Message = $"Not saved: {e.Message}";
                SetState(SaveState.Failed);
            }
        }
        finally
        {
            _saving.Release();
        }
    }

    /// <summary>Whether a change is not saved yet.</summary>
    public bool HasUnsavedChanges => _pending is not null;

    /// <summary>After the user chose to reload: the editor now holds the latest revision.</summary>
    public void Resolved(int latestRevision)
    {
        _pending = null;
        BaseRevision = latestRevision;
        Message = null;
        SetState(SaveState.Saved);
    }

    /// <summary>The change that could not be saved, for saving it as a copy.</summary>
    public DesignDocument? Unsaved => _pending;

    private void SetState(SaveState state)
    {
        State = state;
        StateChanged?.Invoke();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _debounce?.Cancel();
        // The semaphore is not disposed: a debounce that already woke may still wait on it, and a SemaphoreSlim
        // that never handed out its wait handle holds nothing to release.
        await FlushAsync();
    }
}
