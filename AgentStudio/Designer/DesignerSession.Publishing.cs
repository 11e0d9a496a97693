using AgentStudio.Core.Validation;
using AgentStudio.Designs;
using AgentStudio.Storage;

namespace AgentStudio.Designer;

// Publishing from the designer: which saved revision API calls run, and the slug they name the design by. Neither is
// part of the design's document, so neither is an undoable edit: both go to the store at once.
public sealed partial class DesignerSession
{
    /// <summary>The design's slug, the name API calls use for it; null for a design stored before slugs.</summary>
    public string? Slug { get; private set; }

    /// <summary>The revision API calls run; null while the design is not published.</summary>
    public int? PublishedRevision { get; private set; }

    /// <summary>Whether the draft (the latest revision, or an edit not saved yet) is not what is published.</summary>
    public bool DraftDiffersFromPublished => PublishedRevision is { } published && (published != BaseRevision || HasUnsavedChanges);

    /// <summary>The errors that refused the last publish, until it succeeds or the message is dismissed.</summary>
    public IReadOnlyList<DesignProblem> PublishBlockers { get; private set; } = [];

    /// <summary>Why the last slug change was refused; null after a change that was accepted.</summary>
    public string? SlugError { get; private set; }

    /// <summary>
    /// Publishes the design as saved: the pending edit is stored first, then that revision is published. Refused, with
    /// nothing published, while the design has validation errors (they are kept in <see cref="PublishBlockers"/>) or
    /// when the edit could not be saved (<see cref="DesignerSession.Message"/> says why). True when published.
    /// </summary>
    public async Task<bool> PublishAsync(CancellationToken cancellationToken = default)
    {
        var errors = Problems.Where(p => p.IsError).ToList();
        if (errors.Count > 0)
        {
            RefusePublish(errors);
            return false;
        }

        await FlushAsync();
        if (SaveState is not (SaveState.Saved or SaveState.Pending))
        {
            Refuse($"Not published: the latest change is not saved ({SaveMessage ?? SaveState.ToString()}).");
            return false;
        }

        try
        {
            // The revision saved by the flush: an edit made while it ran waits for the next publish.
            var publication = await _store.PublishAsync(DesignId, BaseRevision, cancellationToken);
            Slug = publication.Slug;
            PublishedRevision = publication.PublishedRevision;
            PublishBlockers = [];
            Message = null;
            Announcement = $"Published revision {publication.PublishedRevision}";
            Notify();
            return true;
        }
        catch (DesignNotPublishableException e)
        {
            RefusePublish(e.Errors);
        }
        catch (DesignInTrashException e)
        {
            Refuse(e.Message);
        }
        catch (DesignNotFoundException)
        {
            IsGone = true;
            Notify();
        }

        return false;
    }

    /// <summary>Gives the design another slug; refused (see <see cref="SlugError"/>) when it is malformed or taken. True when changed.</summary>
    public async Task<bool> ChangeSlugAsync(string slug, CancellationToken cancellationToken = default)
    {
        try
        {
            var publication = await _store.ChangeSlugAsync(DesignId, slug, cancellationToken);
            Slug = publication.Slug;
            SlugError = null;
            Announcement = $"Slug changed to {publication.Slug}";
            Notify();
            return true;
        }
        catch (InvalidSlugException e)
        {
            SlugError = e.Message;
            Notify();
            return false;
        }
    }

    private void RefusePublish(IReadOnlyList<DesignProblem> errors)
    {
        PublishBlockers = errors;
        Refuse($"Not published: the design has {errors.Count} {(errors.Count == 1 ? "error" : "errors")} to fix first.");
    }

    private void Refuse(string reason)
    {
        Message = reason;
        Announcement = reason;
        Notify();
        Refused?.Invoke(reason);
    }
}
