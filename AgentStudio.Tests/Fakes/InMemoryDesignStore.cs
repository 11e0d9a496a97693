using AgentStudio.Core.Designs;
using AgentStudio.Core.Validation;
using AgentStudio.Storage;

namespace AgentStudio.Tests.Fakes;

/// <summary>A working in-memory <see cref="IDesignStore"/> for component tests: revisions, stale checks, trash, slugs and publishing included.</summary>
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
                .Select(e => new DesignSummary(e.Id, e.Latest.Name, e.Latest.Description, e.Latest.Agents.Count, e.Revisions.Count, e.UpdatedAt, e.DeletedAt, e.PublishedRevision))
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
            var entry = new Entry(Guid.NewGuid()) { UpdatedAt = time.GetUtcNow(), Slug = DesignSlugs.FirstFree(DesignSlugs.FromName(document.Name), SlugTaken) };
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

    public Task<DesignPublication> PublishAsync(Guid id, int revision, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var entry = Find(id);
            if (entry.DeletedAt is not null)
            {
                throw new DesignInTrashException(id, "This design is in the trash, so it cannot be published. Restore it first.");
            }

            if (revision < 1 || revision > entry.Revisions.Count)
            {
                throw new DesignNotFoundException(id, revision);
            }

            var errors = DesignValidator.Validate(entry.Revisions[revision - 1].Document).Where(p => p.IsError).ToList();
            if (errors.Count > 0)
            {
                throw new DesignNotPublishableException(id, revision, errors);
            }

            entry.PublishedRevision = revision;
            entry.PublishedAt = time.GetUtcNow();
            return Task.FromResult(entry.ToPublication());
        }
    }

    public Task<DesignPublication> ChangeSlugAsync(Guid id, string slug, CancellationToken cancellationToken = default)
    {
        var wanted = (slug ?? "").Trim();
        if (DesignSlugs.FormatProblem(wanted) is { } problem)
        {
            throw new InvalidSlugException(wanted, problem);
        }

        lock (_gate)
        {
            var entry = Find(id);
            if (_designs.Values.FirstOrDefault(e => e.Slug == wanted && e.Id != id) is { } holder)
            {
                throw new InvalidSlugException(wanted, $"The slug “{wanted}” is already used by the design “{holder.Latest.Name}”.");
            }

            entry.Slug = wanted;
            return Task.FromResult(entry.ToPublication());
        }
    }

    public Task<PublishedDesign?> GetPublishedAsync(string slug, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (_designs.Values.FirstOrDefault(e => e.Slug == slug && e.DeletedAt is null) is not { } entry)
            {
                return Task.FromResult<PublishedDesign?>(null);
            }

            if (entry.PublishedRevision is not { } revision)
            {
                throw new DesignNotPublishedException(entry.Id, slug, entry.Latest.Name);
            }

            return Task.FromResult<PublishedDesign?>(new PublishedDesign(entry.Id, slug, revision, entry.Revisions[revision - 1].Document, entry.PublishedAt!.Value));
        }
    }

    public Task<IReadOnlyList<PublishedDesignSummary>> ListPublishedAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            IReadOnlyList<PublishedDesignSummary> list = _designs.Values
                .Where(e => e.DeletedAt is null && e.PublishedRevision is not null)
                .OrderBy(e => e.Slug, StringComparer.Ordinal)
                .Select(e => (Entry: e, Published: e.Revisions[e.PublishedRevision!.Value - 1].Document))
                .Select(p => new PublishedDesignSummary(p.Entry.Slug, p.Published.Name, p.Entry.PublishedRevision!.Value, p.Published.Description, p.Entry.Id, p.Entry.PublishedAt))
                .ToList();
            return Task.FromResult(list);
        }
    }

    // Called under the lock.
    private bool SlugTaken(string slug) => _designs.Values.Any(e => e.Slug == slug);

    private Entry Find(Guid id) => _designs.TryGetValue(id, out var entry) ? entry : throw new DesignNotFoundException(id);

    private sealed class Entry(Guid id)
    {
        public Guid Id { get; } = id;

        public List<(DesignDocument Document, string Reason, DateTimeOffset SavedAt)> Revisions { get; } = [];

        public DesignDocument Latest => Revisions[^1].Document;

        public DateTimeOffset UpdatedAt { get; set; }

        public DateTimeOffset? DeletedAt { get; set; }

        public required string Slug { get; set; }

        public int? PublishedRevision { get; set; }

        public DateTimeOffset? PublishedAt { get; set; }

        public StoredDesign ToStored() => new(Id, Revisions.Count, Latest, UpdatedAt, DeletedAt, Slug, PublishedRevision);

        public DesignPublication ToPublication() => new(Id, Slug, PublishedRevision, PublishedAt);
    }
}
