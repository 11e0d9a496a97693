namespace AgentStudio.Storage;

/// <summary>Stores finished runs so that they can be reopened, exported and compared.</summary>
public interface IRunStore
{
    /// <summary>Stores a run.</summary>
    Task SaveAsync(StoredRun run, CancellationToken cancellationToken = default);

    /// <summary>The runs of a design, newest first, without their JSON.</summary>
    Task<IReadOnlyList<StoredRun>> ListAsync(Guid designId, CancellationToken cancellationToken = default);

    /// <summary>One run with its JSON, or null.</summary>
    Task<StoredRun?> GetAsync(Guid id, CancellationToken cancellationToken = default);
}

/// <summary>A stored run.</summary>
public sealed record StoredRun(
    Guid Id,
    Guid DesignId,
    string DesignName,
    DateTimeOffset StartedAt,
    string Status,
    string? Error,
    double DurationMs,
    int Requests,
    long InputTokens,
    long OutputTokens,
    int Turns,
    string LastAgent,
    string Input,
    string Models,
    string? Json)
{
    /// <summary>Input and output tokens together.</summary>
    public long TotalTokens => InputTokens + OutputTokens;
}
