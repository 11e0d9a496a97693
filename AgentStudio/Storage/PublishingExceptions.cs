using AgentStudio.Core.Validation;

namespace AgentStudio.Storage;

/// <summary>Thrown when a slug is refused (its format, or another design has it); nothing was changed. The message says why.</summary>
public sealed class InvalidSlugException(string slug, string message) : Exception(message)
{
    /// <summary>The slug that was refused.</summary>
    public string Slug { get; } = slug;
}

/// <summary>Thrown when a revision with validation errors is to be published; nothing was published.</summary>
public sealed class DesignNotPublishableException(Guid designId, int revision, IReadOnlyList<DesignProblem> errors)
    : Exception($"Revision {revision} cannot be published: it has {errors.Count} {(errors.Count == 1 ? "error" : "errors")}. "
        + string.Join(" ", errors.Select(e => $"{e.Code} at {e.Path}: {e.Message}")))
{
    /// <summary>The design.</summary>
    public Guid DesignId { get; } = designId;

    /// <summary>The revision that was to be published.</summary>
    public int Revision { get; } = revision;

    /// <summary>The validation errors that block it.</summary>
    public IReadOnlyList<DesignProblem> Errors { get; } = errors;
}

/// <summary>Thrown when the design a slug names exists but has never been published; an API answers it with 409.</summary>
public sealed class DesignNotPublishedException(Guid designId, string slug, string name)
    : Exception($"The design “{name}” ({slug}) is not published yet: open it in the designer and press Publish.")
{
    /// <summary>The design.</summary>
    public Guid DesignId { get; } = designId;

    /// <summary>The slug that was asked for.</summary>
    public string Slug { get; } = slug;
}
