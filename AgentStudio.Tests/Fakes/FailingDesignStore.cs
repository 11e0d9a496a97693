using AgentStudio.Core.Designs;
using AgentStudio.Storage;

namespace AgentStudio.Tests.Fakes;

/// <summary>An <see cref="InMemoryDesignStore"/> whose next saves fail, as a locked or full disk would; counts save attempts.</summary>
internal sealed class FailingDesignStore(InMemoryDesignStore inner) : IDesignStore
{
    private int _failures;
    private int _attempts;

    /// <summary>How many saves were tried, failed or not.</summary>
    public int SaveAttempts => Volatile.Read(ref _attempts);

    /// <summary>Makes the next <paramref name="count"/> saves throw an <see cref="IOException"/>.</summary>
    public void FailNextSaves(int count) => Volatile.Write(ref _failures, count);

    public Task<StoredDesign> SaveAsync(Guid id, int baseRevision, DesignDocument document, string reason = "Saved", CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _attempts);
        return Interlocked.Decrement(ref _failures) >= 0
            ? throw new IOException("disk I/O error")
            : inner.SaveAsync(id, baseRevision, document, reason, cancellationToken);
    }

    public Task<IReadOnlyList<DesignSummary>> ListAsync(string? search = null, bool deleted = false, CancellationToken cancellationToken = default) => inner.ListAsync(search, deleted, cancellationToken);

    public Task<StoredDesign?> GetAsync(Guid id, CancellationToken cancellationToken = default) => inner.GetAsync(id, cancellationToken);

    public Task<StoredDesign> CreateAsync(DesignDocument document, string reason = "Created", CancellationToken cancellationToken = default) => inner.CreateAsync(document, reason, cancellationToken);

    public Task<StoredDesign> RenameAsync(Guid id, string newName, CancellationToken cancellationToken = default) => inner.RenameAsync(id, newName, cancellationToken);

    public Task<StoredDesign> DuplicateAsync(Guid id, CancellationToken cancellationToken = default) => inner.DuplicateAsync(id, cancellationToken);

    public Task DeleteAsync(Guid id, CancellationToken cancellationToken = default) => inner.DeleteAsync(id, cancellationToken);

    public Task RestoreDeletedAsync(Guid id, CancellationToken cancellationToken = default) => inner.RestoreDeletedAsync(id, cancellationToken);

    public Task<bool> DeleteForeverAsync(Guid id, CancellationToken cancellationToken = default) => inner.DeleteForeverAsync(id, cancellationToken);

    public Task<int> EmptyTrashAsync(CancellationToken cancellationToken = default) => inner.EmptyTrashAsync(cancellationToken);

    public Task<IReadOnlyList<DesignRevisionInfo>> ListRevisionsAsync(Guid id, CancellationToken cancellationToken = default) => inner.ListRevisionsAsync(id, cancellationToken);

    public Task<DesignDocument> GetRevisionAsync(Guid id, int revision, CancellationToken cancellationToken = default) => inner.GetRevisionAsync(id, revision, cancellationToken);

    public Task<StoredDesign> RestoreRevisionAsync(Guid id, int revision, CancellationToken cancellationToken = default) => inner.RestoreRevisionAsync(id, revision, cancellationToken);

    public Task<DesignPublication> PublishAsync(Guid id, int revision, CancellationToken cancellationToken = default) => inner.PublishAsync(id, revision, cancellationToken);

    public Task<DesignPublication> ChangeSlugAsync(Guid id, string slug, CancellationToken cancellationToken = default) => inner.ChangeSlugAsync(id, slug, cancellationToken);

    public Task<PublishedDesign?> GetPublishedAsync(string slug, CancellationToken cancellationToken = default) => inner.GetPublishedAsync(slug, cancellationToken);

    public Task<IReadOnlyList<PublishedDesignSummary>> ListPublishedAsync(CancellationToken cancellationToken = default) => inner.ListPublishedAsync(cancellationToken);
}
