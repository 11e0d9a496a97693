using AgentStudio.Core.Designs;

namespace AgentStudio.Storage;

/// <summary>
/// Stored designs with their revision history. Every change (create, save, rename, restore) adds a
/// revision; nothing is ever overwritten in place, and deleting only moves a design to the trash.
/// </summary>
public interface IDesignStore
{
    /// <summary>Lists designs, newest change first, whose name or description contains <paramref name="search"/> (case-insensitive).</summary>
    /// <param name="search">Text to look for; null or blank lists all.</param>
    /// <param name="deleted">True to list the trash instead of the live designs.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    Task<IReadOnlyList<DesignSummary>> ListAsync(string? search = null, bool deleted = false, CancellationToken cancellationToken = default);

    /// <summary>Gets a design at its latest revision, or null when there is none with that id (trashed designs are found too).</summary>
    Task<StoredDesign?> GetAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Stores a new design as its revision 1.</summary>
    Task<StoredDesign> CreateAsync(DesignDocument document, string reason = "Created", CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves a new revision. Refused with <see cref="StaleRevisionException"/>, and nothing written,
    /// when <paramref name="baseRevision"/> is not the latest revision (someone else saved first), and with
    /// <see cref="DesignInTrashException"/> when the design is in the trash.
    /// </summary>
    Task<StoredDesign> SaveAsync(Guid id, int baseRevision, DesignDocument document, string reason = "Saved", CancellationToken cancellationToken = default);

    /// <summary>Renames a design (a new revision with the new name).</summary>
    Task<StoredDesign> RenameAsync(Guid id, string newName, CancellationToken cancellationToken = default);

    /// <summary>Copies a design's latest revision into a new design named "<c>name</c> (copy)".</summary>
    Task<StoredDesign> DuplicateAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Moves a design to the trash; <see cref="RestoreDeletedAsync"/> brings it back.</summary>
    Task DeleteAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Brings a design back from the trash.</summary>
    Task RestoreDeletedAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes a design in the trash for good, with its revisions and its runs. A design that is not in the trash (never
    /// trashed, restored meanwhile, or gone) is left alone: the result is false.
    /// </summary>
    Task<bool> DeleteForeverAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Deletes every design in the trash for good (as <see cref="DeleteForeverAsync"/>); returns how many.</summary>
    Task<int> EmptyTrashAsync(CancellationToken cancellationToken = default);

    /// <summary>Lists a design's revisions, newest first.</summary>
    Task<IReadOnlyList<DesignRevisionInfo>> ListRevisionsAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Reads one revision's document.</summary>
    Task<DesignDocument> GetRevisionAsync(Guid id, int revision, CancellationToken cancellationToken = default);

    /// <summary>Makes an old revision current again by saving its document as a new revision.</summary>
    Task<StoredDesign> RestoreRevisionAsync(Guid id, int revision, CancellationToken cancellationToken = default);

    /// <summary>
    /// Publishes <paramref name="revision"/> of a design: API calls run that revision, whatever the draft becomes, until
    /// another is published. Gives the design a slug first if it has none.
    /// </summary>
    /// <exception cref="DesignNotPublishableException">The revision has validation errors; nothing was published.</exception>
    /// <exception cref="DesignNotFoundException">There is no such design or revision.</exception>
    /// <exception cref="DesignInTrashException">The design is in the trash.</exception>
    Task<DesignPublication> PublishAsync(Guid id, int revision, CancellationToken cancellationToken = default);

    /// <summary>Gives a design another slug (trimmed); the old one no longer finds it.</summary>
    /// <exception cref="InvalidSlugException">The slug's format is wrong or another design has it; the message says which.</exception>
    /// <exception cref="DesignNotFoundException">There is no such design.</exception>
    Task<DesignPublication> ChangeSlugAsync(Guid id, string slug, CancellationToken cancellationToken = default);

    /// <summary>
    /// The published revision of the live design with <paramref name="slug"/>: its document as published, never the draft.
    /// Null when no design outside the trash has that slug.
    /// </summary>
    /// <exception cref="DesignNotPublishedException">The design exists but was never published.</exception>
    Task<PublishedDesign?> GetPublishedAsync(string slug, CancellationToken cancellationToken = default);

    /// <summary>Lists the published designs outside the trash, by slug.</summary>
    Task<IReadOnlyList<PublishedDesignSummary>> ListPublishedAsync(CancellationToken cancellationToken = default);
}

/// <summary>A row of the designs list.</summary>
/// <param name="PublishedRevision">The revision API calls run; null when the design is not published.</param>
public sealed record DesignSummary(Guid Id, string Name, string? Description, int AgentCount, int Revision, DateTimeOffset UpdatedAt, DateTimeOffset? DeletedAt, int? PublishedRevision = null);

/// <summary>A design at one revision.</summary>
/// <param name="Slug">The design's slug (null only for a design stored before slugs, until start-up gives it one).</param>
/// <param name="PublishedRevision">The revision API calls run; null when the design is not published.</param>
public sealed record StoredDesign(Guid Id, int Revision, DesignDocument Document, DateTimeOffset UpdatedAt, DateTimeOffset? DeletedAt, string? Slug = null, int? PublishedRevision = null);

/// <summary>A design's slug and what of it is published.</summary>
/// <param name="DesignId">The design.</param>
/// <param name="Slug">The stable name API calls use for it (<see cref="DesignSlugs"/>).</param>
/// <param name="PublishedRevision">The revision API calls run; null when the design is not published.</param>
/// <param name="PublishedAt">When that revision was published.</param>
public sealed record DesignPublication(Guid DesignId, string Slug, int? PublishedRevision, DateTimeOffset? PublishedAt);

/// <summary>A design as published: the document of the published revision.</summary>
/// <param name="DesignId">The design.</param>
/// <param name="Slug">Its slug.</param>
/// <param name="Revision">The published revision.</param>
/// <param name="Document">That revision's document (never the draft).</param>
/// <param name="PublishedAt">When it was published.</param>
public sealed record PublishedDesign(Guid DesignId, string Slug, int Revision, DesignDocument Document, DateTimeOffset PublishedAt);

/// <summary>A row of the list of published designs.</summary>
/// <param name="Slug">The slug API calls use.</param>
/// <param name="Name">The name of the published revision.</param>
/// <param name="Revision">The published revision.</param>
/// <param name="Description">The description of the published revision, or null.</param>
/// <param name="DesignId">The design.</param>
/// <param name="PublishedAt">When the published revision was published (null only from a store that does not know).</param>
public sealed record PublishedDesignSummary(string Slug, string Name, int Revision, string? Description, Guid DesignId, DateTimeOffset? PublishedAt = null);

/// <summary>One entry of a design's history.</summary>
public sealed record DesignRevisionInfo(int Revision, string Name, string Reason, DateTimeOffset SavedAt);

/// <summary>Thrown when a save is based on a revision that is no longer the latest; nothing was written.</summary>
public sealed class StaleRevisionException(Guid designId, int baseRevision, int latestRevision)
    : Exception($"This design was saved elsewhere (now at revision {latestRevision}) after you opened revision {baseRevision}. Nothing was overwritten: reload it, or save your version as a copy.")
{
    /// <summary>The design that was being saved.</summary>
    public Guid DesignId { get; } = designId;

    /// <summary>The revision the refused save was based on.</summary>
    public int BaseRevision { get; } = baseRevision;

    /// <summary>The latest stored revision.</summary>
    public int LatestRevision { get; } = latestRevision;
}

/// <summary>Thrown when a design or revision does not exist.</summary>
public sealed class DesignNotFoundException(Guid designId, int? revision = null)
    : Exception(revision is null ? $"There is no design with id {designId}." : $"Design {designId} has no revision {revision}.")
{
    /// <summary>The id that was looked up.</summary>
    public Guid DesignId { get; } = designId;
}
