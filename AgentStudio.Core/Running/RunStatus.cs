using System.Text.Json.Serialization;

namespace AgentStudio.Core.Running;

/// <summary>How a run ended.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RunStatus>))]
public enum RunStatus
{
    /// <summary>With a final output.</summary>
    [JsonStringEnumMemberName("completed")]
    Completed,

    /// <summary>With an error.</summary>
    [JsonStringEnumMemberName("failed")]
    Failed,

    /// <summary>Stopped by the user.</summary>
    [JsonStringEnumMemberName("cancelled")]
    Cancelled,
}
