using System.Text.Json;
using AgentStudio.Core.Running.Tracing;

namespace AgentStudio.Core.Running.Records;

/// <summary>
/// A finished run as it is stored, listed, compared and exported: the <c>agentstudio.run</c> format. It holds the
/// input, outcome, usage, the items the run added and its trace; never a secret (designs hold none, and keys live only
/// in the server's configuration). Read and write it through <see cref="RunRecordJson"/>.
/// </summary>
/// <remarks>
/// Version 1 is pinned by a checked-in sample that must load and write back byte for byte. Fields added later are
/// optional, so that every file written before still loads.
/// </remarks>
public sealed record RunRecord
{
    /// <summary>The format's name, <c>agentstudio.run</c>.</summary>
    public const string FormatName = "agentstudio.run";

    /// <summary>The format version this code writes, and the newest it reads.</summary>
    public const int CurrentVersion = 1;

    /// <summary>The format's name; always <see cref="FormatName"/>.</summary>
    public string Format { get; init; } = FormatName;

    /// <summary>The format's version; <see cref="CurrentVersion"/> for records this code makes.</summary>
    public int Version { get; init; } = CurrentVersion;

    /// <summary>The run's id.</summary>
    public required Guid Id { get; init; }

    /// <summary>The design's id.</summary>
    public required Guid DesignId { get; init; }

    /// <summary>The design's name at the time.</summary>
    public required string DesignName { get; init; }

    /// <summary>The user's message.</summary>
    public required string Input { get; init; }

    /// <summary><c>designed</c>, or the model every agent ran on.</summary>
    public required string Models { get; init; }

    /// <summary>How the run ended.</summary>
    public required RunStatus Status { get; init; }

    /// <summary>The kind of failure, if any.</summary>
    public RunErrorKind? ErrorKind { get; init; }

    /// <summary>The failure's message, if any.</summary>
    public string? Error { get; init; }

    /// <summary>The agent in control at the end.</summary>
    public required string LastAgent { get; init; }

    /// <summary>The design id of <see cref="LastAgent"/>; null in records written before runs recorded ids.</summary>
    public string? LastAgentId { get; init; }

    /// <summary>The final output (JSON text for a structured output), if the run completed.</summary>
    public string? FinalOutput { get; init; }

    /// <summary>The structured output as JSON, when the last agent has an output schema; kept as JSON, never re-parsed from text.</summary>
    public JsonElement? StructuredOutput { get; init; }

    /// <summary>When it started, by the runner's clock.</summary>
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>How long it took, in milliseconds (one decimal), by the runner's clock.</summary>
    public required double DurationMs { get; init; }

    /// <summary>Model requests and tokens, nested runs included.</summary>
    public required RunUsage Usage { get; init; }

    /// <summary>Model calls of the run itself.</summary>
    public required int Turns { get; init; }

    /// <summary>The id of the API key that started the run over HTTP (only that key may read it back); null for a run of the playground or the command line.</summary>
    public Guid? ApiKeyId { get; init; }

    /// <summary>The name of the API key that started the run over HTTP; null for a run of the playground or the command line.</summary>
    public string? ApiKeyName { get; init; }

    /// <summary>The API conversation the run belongs to (its <c>conversationId</c>); null for a run not started over HTTP.</summary>
    public string? ConversationId { get; init; }

    /// <summary>What the run added, in order; empty in the summaries a list of runs returns.</summary>
    public required IReadOnlyList<RunItem> Items { get; init; }

    /// <summary>The trace; empty in the summaries a list of runs returns.</summary>
    public required IReadOnlyList<SpanRecord> Spans { get; init; }

    /// <summary>The record of a finished run.</summary>
    /// <param name="id">The run's id.</param>
    /// <param name="designId">The design's id.</param>
    /// <param name="designName">The design's name at the time.</param>
    /// <param name="models"><c>designed</c>, or the model every agent ran on.</param>
    /// <param name="result">The run's result.</param>
    public static RunRecord From(Guid id, Guid designId, string designName, string models, RunResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new RunRecord
        {
            Id = id,
            DesignId = designId,
            DesignName = designName,
            Input = result.Input,
            Models = models,
            Status = result.Status,
            ErrorKind = result.ErrorKind,
            Error = result.ErrorMessage,
            LastAgent = result.LastAgent,
            LastAgentId = result.LastAgentId,
            FinalOutput = result.FinalOutput,
            StructuredOutput = result.StructuredOutput,
            StartedAt = result.StartedAt,
            DurationMs = Math.Round(result.Duration.TotalMilliseconds, 1),
            Usage = result.Usage,
            Turns = result.Turns,
            Items = result.NewItems,
            Spans = SpanRecord.From(result.Trace),
        };
    }
}
