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

    /// <summary>
    /// One whole run that the API key <paramref name="apiKeyId"/> started, or null: also for a run of another key, of the
    /// playground, or from before runs recorded their key's id.
    /// </summary>
    Task<RunRecord?> GetOfApiKeyAsync(Guid id, Guid apiKeyId, CancellationToken cancellationToken = default);

    /// <summary>Deletes a run for good; false when there was none with that id.</summary>
    Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken = default);
}
