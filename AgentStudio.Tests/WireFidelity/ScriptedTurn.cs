namespace AgentStudio.Tests.WireFidelity;

/// <summary>One scripted model response: either text, or tool calls whose arguments are sent exactly as written.</summary>
/// <param name="Text">The text of the answer, or null for a tool-call response.</param>
/// <param name="ToolCalls">The calls of a tool-call response (empty for text).</param>
internal sealed record ScriptedTurn(string? Text, IReadOnlyList<ScriptedToolCall> ToolCalls)
{
    /// <summary>A text answer.</summary>
    public static ScriptedTurn Say(string text) => new(text, []);

    /// <summary>A response holding only these tool calls.</summary>
    public static ScriptedTurn Call(params ScriptedToolCall[] calls) => new(null, calls);
}

/// <summary>A tool call in a scripted response.</summary>
/// <param name="Id">The call id (the same in every run, so that histories compare).</param>
/// <param name="Name">The tool's name.</param>
/// <param name="Arguments">The raw arguments text, which may be invalid JSON on purpose.</param>
internal sealed record ScriptedToolCall(string Id, string Name, string Arguments);
