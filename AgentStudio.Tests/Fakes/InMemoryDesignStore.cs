using AgentStudio.Core.Designs;
using AgentStudio.Storage;

namespace AgentStudio.Tests.Fakes;

/// <summary>A working in-memory <see cref="IDesignStore"/> for component tests: revisions, stale checks and trash included.</summary>
internal sealed class InMemoryDesignStore(TimeProvider time) : IDesignStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Guid, Entry> _designs = [];
    private int _reads;

    public InMemoryDesignStore() : this(TimeProvider.System)
    {
    }

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _designs.Count;
            }
        }
    }

    public Task<IReadOnlyList<DesignSummary>> ListAsync(string? search = null, bool deleted = false, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            IReadOnlyList<DesignSummary> list = _designs.Values
                .Where(e => (e.DeletedAt is not null) == deleted)
                .Where(e => string.IsNullOrWhiteSpace(search)
                    || e.Latest.Name.Contains(search.Trim(), StringComparison.OrdinalIgnoreCase)
                    || (e.Latest.Description?.Contains(search.Trim(), StringComparison.OrdinalIgnoreCase) ?? false))
                .OrderByDescending(e => e.UpdatedAt)
                .Select(e => new DesignSummary(e.Id, e.Latest.Name, e.Latest.Description, e.Latest.Agents.Count, e.Revisions.Count, e.UpdatedAt, e.DeletedAt))
                .ToList();
            return Task.FromResult(list);
        }
    }

    /// <summary>How many times a design was read (<see cref="GetAsync"/>): opening a designer should read it once.</summary>
    public int Reads
    {
        get
        {
            lock (_gate)
            {
                return _reads;
            }
        }
    }

    public Task<StoredDesign?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            _reads++;
            return Task.FromResult(_designs.TryGetValue(id, out var e) ? e.ToStored() : null);
        }
    }

    public Task<StoredDesign> CreateAsync(DesignDocument document, string reason = "Created", CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var entry = new Entry(Guid.NewGuid()) { UpdatedAt = time.GetUtcNow() };
            entry.Revisions.Add((document, reason, entry.UpdatedAt));
            _designs[entry.Id] = entry;
            return Task.FromResult(entry.ToStored());
        }
    }

    public Task<StoredDesign> SaveAsync(Guid id, int baseRevision, DesignDocument document, string reason = "Saved", CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var entry = Find(id);
            if (entry.DeletedAt is not null)
            {
                throw new DesignInTrashException(id);
            }

            if (entry.Revisions.Count != baseRevision)
            {
                throw new StaleRevisionException(id, baseRevision, entry.Revisions.Count);
            }

            entry.UpdatedAt = time.GetUtcNow();
            entry.Revisions.Add((document, reason, entry.UpdatedAt));
            return Task.FromResult(entry.ToStored());
        }
    }

    public async Task<StoredDesign> RenameAsync(Guid id, string newName, CancellationToken cancellationToken = default)
    {
        var current = await GetAsync(id, cancellationToken) ?? throw new DesignNotFoundException(id);
        return await SaveAsync(id, current.Revision, current.Document with { Name = newName.Trim() }, $"Renamed to {newName.Trim()}", cancellationToken);
    }

    public async Task<StoredDesign> DuplicateAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var current = await GetAsync(id, cancellationToken) ?? throw new DesignNotFoundException(id);
        return await CreateAsync(current.Document with { Name = current.Document.Name + " (copy)" }, $"Duplicated from {current.Document.Name}", cancellationToken);
    }

    public Task DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            Find(id).DeletedAt = time.GetUtcNow();
        }

        return Task.CompletedTask;
    }

    public Task RestoreDeletedAsync(Guid id, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            Find(id).DeletedAt = null;
        }

        return Task.CompletedTask;
    }

    public Task<bool> DeleteForeverAsync(Guid id, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_designs.TryGetValue(id, out var entry) && entry.DeletedAt is not null && _designs.Remove(id));
        }
    }

    public Task<int> EmptyTrashAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var trashed = _designs.Values.Where(e => e.DeletedAt is not null).Select(e => e.Id).ToList();
            trashed.ForEach(id => _designs.Remove(id));
            return Task.FromResult(trashed.Count);
        }
    }

    public Task<IReadOnlyList<DesignRevisionInfo>> ListRevisionsAsync(Guid id, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            IReadOnlyList<DesignRevisionInfo> list = Find(id).Revisions
                .Select((r, i) => new DesignRevisionInfo(i + 1, r.Document.Name, r.Reason, r.SavedAt))
                .Reverse()
                .ToList();
            return Task.FromResult(list);
        }
    }

    public Task<DesignDocument> GetRevisionAsync(Guid id, int revision, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var entry = Find(id);
            return revision >= 1 && revision <= entry.Revisions.Count
                ? Task.FromResult(entry.Revisions[revision - 1].Document)
                : throw new DesignNotFoundException(id, revision);
        }
    }

    public async Task<StoredDesign> RestoreRevisionAsync(Guid id, int revision, CancellationToken cancellationToken = default)
    {
        var document = await GetRevisionAsync(id, revision, cancellationToken);
        var current = (await GetAsync(id, cancellationToken))!;
        return await SaveAsync(id, current.Revision, document, $"Restored revision {revision}", cancellationToken);
    }

    private Entry Find(Guid id) => _designs.TryGetValue(id, out var entry) ? entry : throw new DesignNotFoundException(id);

    private sealed class Entry(Guid id)
    {
        public Guid Id { get; } = id;

        public List<(DesignDocument Document, string Reason, DateTimeOffset SavedAt)> Revisions { get; } = [];

        public DesignDocument Latest => Revisions[^1].Document;

        public DateTimeOffset UpdatedAt { get; set; }

        public DateTimeOffset? DeletedAt { get; set; }

        public StoredDesign ToStored() => new(Id, Revisions.Count, Latest, UpdatedAt, DeletedAt);
    }
}
