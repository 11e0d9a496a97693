using System.Text.Json.Serialization;

namespace AgentStudio.Core.Designs;

/// <summary>What an agent does once the tools it called have returned.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ToolUseBehavior>))]
public enum ToolUseBehavior
{
    /// <summary>The tool outputs go back to the model, which answers or calls more tools (the default).</summary>
    [JsonStringEnumMemberName("run_llm_again")]
    RunLlmAgain,

    /// <summary>The first tool's output, in call order, is the agent's final output.</summary>
    [JsonStringEnumMemberName("stop_on_first_tool")]
    StopOnFirstTool,
}
