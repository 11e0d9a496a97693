using AgentStudio.Core.Designs;
using AgentStudio.Storage;

namespace AgentStudio.Designs;

/// <summary>
/// Saves an open design as revisions, debounced, based on the revision it was loaded at; a save based on a stale
/// revision is refused by the store and becomes <see cref="SaveState.Conflict"/>, never an overwrite.
/// </summary>
/// <remarks>
/// A change is saved once edits settle for <see cref="Debounce"/>, and never later than <see cref="MaxWait"/> after it
/// was made, however continuously the user keeps editing. <see cref="SaveState.Saved"/> means the store holds exactly
/// the last scheduled design. A failed save keeps the change and retries on its own, waiting
/// <see cref="FirstRetry"/> and then twice as long each time up to <see cref="LongestRetry"/>.
/// Used from one circuit; <see cref="StateChanged"/> is raised off the render thread.
/// </remarks>
public sealed class DesignAutosave(IDesignStore store, Guid designId, int baseRevision, TimeProvider time) : IAsyncDisposable
{
    /// <summary>How long edits settle before they are saved.</summary>
    public static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(600);

    /// <summary>The longest a change waits for the debounce; with the save's own time it is stored within 2 s.</summary>
    public static readonly TimeSpan MaxWait = TimeSpan.FromMilliseconds(1500);

    /// <summary>The wait before the first retry of a failed save.</summary>
    public static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between retries.</summary>
    public static readonly TimeSpan LongestRetry = TimeSpan.FromSeconds(30);

    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _saving = new(1, 1);
    private CancellationTokenSource? _wakeUp;
    private DesignDocument? _pending;
    private string _reason = "Edited";
    private DateTimeOffset _lastChange;
    // When the oldest change that no save has taken yet was made; null when every change is in a save.
    private DateTimeOffset? _dirtySince;
    private TimeSpan _retryDelay = TimeSpan.Zero;
    private bool _disposed;

    /// <summary>Raised whenever <see cref="State"/> or <see cref="Message"/> changes.</summary>
    public event Action? StateChanged;

    /// <summary>The current state.</summary>
    public SaveState State { get; private set; } = SaveState.Saved;

    /// <summary>The revision the editor's design is based on.</summary>
    public int BaseRevision { get; private set; } = baseRevision;

    /// <summary>Why the last save failed (and when it is retried), or which revision won a conflict.</summary>
    public string? Message { get; private set; }

    /// <summary>Whether a change is not saved yet.</summary>
    public bool HasUnsavedChanges
    {
        get
        {
            lock (_gate)
            {
                return _pending is not null;
            }
        }
    }

    /// <summary>The change that could not be saved, for saving it as a copy.</summary>
    public DesignDocument? Unsaved
    {
        get
        {
            lock (_gate)
            {
                return _pending;
            }
        }
    }

    /// <summary>Records a change to save after the debounce, or at the latest <see cref="MaxWait"/> after the oldest unsaved one.</summary>
    public void Schedule(DesignDocument design, string reason)
    {
        lock (_gate)
        {
            _pending = design;
            _reason = reason;
            _lastChange = time.GetUtcNow();
            _dirtySince ??= _lastChange;
            // Held, not saved: a conflict or the trash waits for the user; a failure waits for its retry, so that
            // typing does not hammer a store that is failing.
            if (State is SaveState.Conflict or SaveState.Trashed or SaveState.Failed)
            {
                return;
            }

            WakeUpAt(NextSaveAt());
        }

        SetState(SaveState.Pending);
    }

    /// <summary>Saves what is pending now (before leaving the page, on demand).</summary>
    public async Task FlushAsync()
    {
        await _saving.WaitAsync();
        try
        {
            DesignDocument design;
            string reason;
            DateTimeOffset? dirtySince;
            lock (_gate)
            {
                if (_pending is null || State is SaveState.Conflict or SaveState.Trashed)
                {
                    return;
                }

                (design, reason, dirtySince) = (_pending, _reason, _dirtySince);
                _dirtySince = null;
            }

            SetState(SaveState.Saving);
            await SaveAsync(design, reason, dirtySince);
        }
        finally
        {
            _saving.Release();
        }
    }

    /// <summary>After the design was restored from the trash: saves what is held, and goes on saving.</summary>
    public Task ResumeAsync()
    {
        lock (_gate)
        {
            Message = null;
            State = _pending is null ? SaveState.Saved : SaveState.Pending;
        }

        StateChanged?.Invoke();
        return FlushAsync();
    }

    /// <summary>After the user chose to reload: the editor now holds the latest revision.</summary>
    public void Resolved(int latestRevision)
    {
        lock (_gate)
        {
            _wakeUp?.Cancel();
            _pending = null;
            _dirtySince = null;
            _retryDelay = TimeSpan.Zero;
            BaseRevision = latestRevision;
            Message = null;
        }

        SetState(SaveState.Saved);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        lock (_gate)
        {
            _disposed = true;
            _wakeUp?.Cancel();
        }

        // The semaphore is not disposed: a wake-up that already fired may still wait on it, and a SemaphoreSlim
        // that never handed out its wait handle holds nothing to release.
        await FlushAsync();
    }

    private async Task SaveAsync(DesignDocument design, string reason, DateTimeOffset? dirtySince)
    {
        try
        {
            var saved = await store.SaveAsync(designId, BaseRevision, design, reason);
            bool more;
            lock (_gate)
            {
                BaseRevision = saved.Revision;
                if (ReferenceEquals(_pending, design))
                {
                    _pending = null;
                }

                more = _pending is not null;
                _retryDelay = TimeSpan.Zero;
                Message = null;
                if (more)
                {
                    // Changes made during the save: they keep their own deadline.
                    WakeUpAt(NextSaveAt());
                }
            }

            SetState(more ? SaveState.Pending : SaveState.Saved);
        }
        catch (StaleRevisionException e)
        {
            Message = e.Message;
            SetState(SaveState.Conflict);
        }
        catch (DesignInTrashException e)
        {
            Message = e.Message;
            SetState(SaveState.Trashed);
        }
#pragma warning disable CA1031 // A failed save must never take the circuit down; the change stays pending and is retried.
        catch (Exception e)
#pragma warning restore CA1031
        {
            lock (_gate)
            {
                _dirtySince = dirtySince ?? _dirtySince;
                _retryDelay = _retryDelay == TimeSpan.Zero ? FirstRetry : TimeSpan.FromTicks(Math.Min(_retryDelay.Ticks * 2, LongestRetry.Ticks));
                Message = $"Not saved: {e.Message.TrimEnd('.')}. Retrying in {_retryDelay.TotalSeconds:0} s.";
                // Armed before the state is announced, so whoever sees Failed can count on the retry.
                WakeUpAt(time.GetUtcNow() + _retryDelay);
            }

            SetState(SaveState.Failed);
        }
    }

    // Called under the lock.
    private DateTimeOffset NextSaveAt()
    {
        var settled = _lastChange + Debounce;
        var deadline = (_dirtySince ?? _lastChange) + MaxWait;
        return settled < deadline ? settled : deadline;
    }

    // Called under the lock: one wake-up at a time, the newest replacing the one before.
    private void WakeUpAt(DateTimeOffset at)
    {
        _wakeUp?.Cancel();
        if (_disposed)
        {
            return;
        }

        _wakeUp = new CancellationTokenSource();
        var token = _wakeUp.Token;
        var delay = at - time.GetUtcNow();
        // The timer starts now, not whenever the thread pool gets to it, so the wake-up is exactly where it was meant.
        var wait = Task.Delay(delay > TimeSpan.Zero ? delay : TimeSpan.Zero, time, token);
        _ = Task.Run(async () =>
        {
            try
            {
                await wait;
                await FlushAsync();
            }
            catch (OperationCanceledException)
            {
                // A newer change, a reload or leaving the page replaced this wake-up.
            }
        }, CancellationToken.None);
    }

    private void SetState(SaveState state)
    {
        State = state;
        StateChanged?.Invoke();
    }
}
