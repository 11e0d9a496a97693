using System.Text.Json.Serialization;

namespace AgentStudio.Core.Running;

/// <summary>Why a run failed, with the OpenAI Agents SDK's kinds of error.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RunErrorKind>))]
public enum RunErrorKind
{
    /// <summary>More model calls than <c>maxTurns</c> allows.</summary>
    [JsonStringEnumMemberName("max_turns_exceeded")]
    MaxTurnsExceeded,

    /// <summary>The model did something the design does not allow: an unknown tool, an invalid structured output.</summary>
    [JsonStringEnumMemberName("model_behavior")]
    ModelBehavior,

    /// <summary>The model provider failed (after retries, or past a deadline), no provider serves the model, or the run went past its deadline.</summary>
    [JsonStringEnumMemberName("model_error")]
    ModelError,

    /// <summary>The design, the input or the script is invalid.</summary>
    [JsonStringEnumMemberName("user_error")]
    UserError,
}
