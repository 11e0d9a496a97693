using AgentStudio.Core.Running.Records;

namespace AgentStudio.Storage;

/// <summary>Stores finished runs so that they can be reopened, exported and compared.</summary>
public interface IRunStore
{
    /// <summary>Stores a run.</summary>
    Task SaveAsync(RunRecord run, CancellationToken cancellationToken = default);

    /// <summary>The runs of a design, newest first, as summaries: their <see cref="RunRecord.Items"/> and <see cref="RunRecord.Spans"/> are empty.</summary>
    Task<IReadOnlyList<RunRecord>> ListAsync(Guid designId, CancellationToken cancellationToken = default);

    /// <summary>One whole run, or null (also when its stored JSON cannot be read).</summary>
    Task<RunRecord?> GetAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Deletes a run for good; false when there was none with that id.</summary>
    Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken = default);
}
