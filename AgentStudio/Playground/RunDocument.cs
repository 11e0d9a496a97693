using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using AgentStudio.Core.Running;
using AgentStudio.Core.Running.Tracing;

namespace AgentStudio.Playground;

/// <summary>
/// A finished run as a JSON document (<c>"format": "agentstudio.run"</c>): what the runs page stores and exports.
/// It holds the input, outcome, usage, the items the run added and its trace; never a secret (designs hold none,
/// and keys live only in the server's configuration).
/// </summary>
public sealed record RunDocument
{
    /// <summary>The format's name.</summary>
    public string Format { get; init; } = "agentstudio.run";

    /// <summary>The format's version.</summary>
    public int Version { get; init; } = 1;

    /// <summary>The run's id.</summary>
    public required Guid Id { get; init; }

    /// <summary>The design's id.</summary>
    public required Guid DesignId { get; init; }

    /// <summary>The design's name at the time.</summary>
    public required string DesignName { get; init; }

    /// <summary>The user's message.</summary>
    public required string Input { get; init; }

    /// <summary>"designed" or the model every agent ran on.</summary>
    public required string Models { get; init; }

    /// <summary>completed, failed or cancelled.</summary>
    public required RunStatus Status { get; init; }

    /// <summary>The kind of failure, if any.</summary>
    public RunErrorKind? ErrorKind { get; init; }

    /// <summary>The failure's message, if any.</summary>
    public string? Error { get; init; }

    /// <summary>The agent in control at the end.</summary>
    public required string LastAgent { get; init; }

    /// <summary>The final output, if the run completed.</summary>
    public string? FinalOutput { get; init; }

    /// <summary>When it started.</summary>
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>How long it took.</summary>
    public required double DurationMs { get; init; }

    /// <summary>Requests and tokens.</summary>
    public required RunUsage Usage { get; init; }

    /// <summary>Model calls of the run itself.</summary>
    public required int Turns { get; init; }

    /// <summary>What the run added, in order.</summary>
    public required IReadOnlyList<RunItem> Items { get; init; }

    /// <summary>The trace.</summary>
    public required IReadOnlyList<SpanRecord> Spans { get; init; }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    /// <summary>The document of a finished run.</summary>
    public static RunDocument From(Guid id, Guid designId, string designName, string models, RunResult result) => new()
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
        FinalOutput = result.FinalOutput,
        StartedAt = result.Trace.Spans.Count > 0 ? result.Trace.Spans.Min(s => s.StartedAt) : DateTimeOffset.UtcNow - result.Duration,
        DurationMs = Math.Round(result.Duration.TotalMilliseconds, 1),
        Usage = result.Usage,
        Turns = result.Turns,
        Items = result.NewItems,
        Spans = SpanRecord.From(result.Trace),
    };

    /// <summary>The document as indented JSON.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Reads a document; null when the text is not one.</summary>
    public static RunDocument? Parse(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<RunDocument>(json, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>One span of a run's trace, as stored and as the timeline draws it.</summary>
public sealed record SpanRecord(string Id, string? ParentId, SpanKind Kind, string Name, DateTimeOffset StartedAt, DateTimeOffset? EndedAt, SpanStatus Status, string? Error, JsonObject Data)
{
    /// <summary>The spans of a (possibly still running) trace.</summary>
    public static IReadOnlyList<SpanRecord> From(RunTrace trace) =>
        [.. trace.Spans.Select(s => new SpanRecord(s.Id, s.ParentId, s.Kind, s.Name, s.StartedAt, s.EndedAt, s.Status, s.Error?.Message, new JsonObject([.. s.Data.Select(p => KeyValuePair.Create(p.Key, p.Value))])))];

    /// <summary>A data item, or null.</summary>
    public JsonNode? Get(string key) => Data.TryGetPropertyValue(key, out var value) ? value : null;
}
