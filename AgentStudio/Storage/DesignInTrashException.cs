namespace AgentStudio.Storage;

/// <summary>Thrown when a save (or a publish) reaches a design that was moved to the trash; nothing was written.</summary>
public sealed class DesignInTrashException(Guid designId, string? message = null)
    : Exception(message ?? "This design was moved to the trash, so nothing more is saved to it. Restore it to go on saving.")
{
    /// <summary>The design that was being saved.</summary>
    public Guid DesignId { get; } = designId;
}
