using AgentStudio.Core.Running;
using AgentStudio.Core.Running.Records;

namespace AgentStudio.Storage;

/// <summary>The one place a <see cref="RunRecord"/> becomes a <see cref="RunEntity"/> row and back.</summary>
internal static class RunEntityMapping
{
    public static RunEntity ToEntity(RunRecord run) => new()
    {
        Id = run.Id,
        DesignId = run.DesignId,
        DesignName = run.DesignName,
        StartedAt = run.StartedAt,
        Status = StatusText(run.Status),
        Error = run.Error,
        DurationMs = run.DurationMs,
        Requests = run.Usage.Requests,
        InputTokens = run.Usage.InputTokens,
        OutputTokens = run.Usage.OutputTokens,
        Turns = run.Turns,
        LastAgent = run.LastAgent,
        Input = run.Input,
        Models = run.Models,
        ApiKeyId = run.ApiKeyId,
        ApiKeyName = run.ApiKeyName,
        Json = RunRecordJson.Write(run),
    };

    /// <summary>The record a row stores; null when its JSON cannot be read.</summary>
    public static RunRecord? ToRecord(RunEntity row) => RunRecordJson.Read(row.Json);

    /// <summary>A row's figures as a record without items and spans, for lists (which leave the JSON unread).</summary>
    public static RunRecord ToSummary(RunEntity row) => new()
    {
        Id = row.Id,
        DesignId = row.DesignId,
        DesignName = row.DesignName,
        StartedAt = row.StartedAt,
        Status = Enum.GetValues<RunStatus>().FirstOrDefault(s => StatusText(s) == row.Status, RunStatus.Failed),
        Error = row.Error,
        DurationMs = row.DurationMs,
        Usage = new RunUsage(row.Requests, row.InputTokens, row.OutputTokens),
        Turns = row.Turns,
        LastAgent = row.LastAgent,
        Input = row.Input,
        Models = row.Models,
        ApiKeyId = row.ApiKeyId,
        ApiKeyName = row.ApiKeyName,
        Items = [],
        Spans = [],
    };

    // The column holds the status as the runs page always showed it: completed, failed or cancelled.
    private static string StatusText(RunStatus status) => status.ToString().ToLowerInvariant();
}
