namespace AgentStudio.Storage;

/// <summary>A finished run (of the playground or the API): the figures the runs page lists and compares, and the run's full JSON.</summary>
internal sealed class RunEntity
{
    public Guid Id { get; set; }

    public Guid DesignId { get; set; }

    public string DesignName { get; set; } = "";

    public DateTimeOffset StartedAt { get; set; }

    public string Status { get; set; } = "";

    public string? Error { get; set; }

    public double DurationMs { get; set; }

    public int Requests { get; set; }

    public long InputTokens { get; set; }

    public long OutputTokens { get; set; }

    public int Turns { get; set; }

    public string LastAgent { get; set; } = "";

    public string Input { get; set; } = "";

    public string Models { get; set; } = "";

    /// <summary>The API key that started the run over HTTP; null for a playground run. A column, so a list can mark API runs without reading the JSON.</summary>
    public string? ApiKeyName { get; set; }

    /// <summary>The id of the API key that started the run; null for a playground run. A column, so a key's runs are found without reading the JSON.</summary>
    public Guid? ApiKeyId { get; set; }

    /// <summary>The run as exported: items, transcript and trace spans.</summary>
    public string Json { get; set; } = "";
}
