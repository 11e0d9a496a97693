using System.Text.Json;

namespace AgentStudio.Core.Running.Models.Scripted;

/// <summary>One model response of a script: text, tool calls, or both; optionally slow, or failing.</summary>
/// <param name="Text">The message text, or null.</param>
/// <param name="ToolCalls">The tool calls, in order.</param>
/// <param name="DelayMs">A pause before each streamed chunk, to make a response slow (cancellation tests, demos).</param>
/// <param name="Error">When set, the model call fails with this message instead of answering.</param>
public sealed record ScriptedResponse(string? Text, IReadOnlyList<ScriptedToolCall> ToolCalls, int DelayMs = 0, string? Error = null);

/// <summary>A tool call in a scripted response.</summary>
/// <param name="Name">The tool's name.</param>
/// <param name="Arguments">The arguments: a JSON object, or a string taken as raw (possibly invalid) JSON text.</param>
public sealed record ScriptedToolCall(string Name, JsonElement Arguments);
