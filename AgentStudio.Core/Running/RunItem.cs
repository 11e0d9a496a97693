using System.Text.Json.Serialization;

namespace AgentStudio.Core.Running;

/// <summary>What kind of step a <see cref="RunItem"/> records.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RunItemKind>))]
public enum RunItemKind
{
    /// <summary>A message from the model.</summary>
    [JsonStringEnumMemberName("message")]
    Message,

    /// <summary>A call of a function tool or agent as tool.</summary>
    [JsonStringEnumMemberName("tool_call")]
    ToolCall,

    /// <summary>What a tool returned.</summary>
    [JsonStringEnumMemberName("tool_output")]
    ToolOutput,

    /// <summary>A handoff call.</summary>
    [JsonStringEnumMemberName("handoff_call")]
    HandoffCall,

    /// <summary>What a handoff call returned to the model (the SDK's handoff output item).</summary>
    [JsonStringEnumMemberName("handoff_output")]
    HandoffOutput,
}

/// <summary>One step a run added to the conversation, in order, as the SDK's run items.</summary>
/// <param name="Kind">What it records.</param>
/// <param name="Agent">The agent it belongs to.</param>
/// <param name="Text">The message text, the call's arguments, or the output.</param>
/// <param name="Tool">The tool's name, for calls and outputs.</param>
/// <param name="CallId">The call's id, for calls and outputs.</param>
/// <param name="AgentId">The design id of <paramref name="Agent"/>; null in items stored before runs recorded ids.</param>
public sealed record RunItem(RunItemKind Kind, string Agent, string Text, string? Tool = null, string? CallId = null, string? AgentId = null);
