namespace AgentStudio.Core.Exporting;

/// <summary>A language and agent framework a design can be exported to as runnable code.</summary>
public enum CodeTarget
{
    /// <summary>Python with the OpenAI Agents SDK (<c>openai-agents</c>).</summary>
    Python,

    /// <summary>TypeScript with the OpenAI Agents SDK for JavaScript (<c>@openai/agents</c>).</summary>
    TypeScript,

    /// <summary>C# with Microsoft Agent Framework (<c>Microsoft.Agents.AI</c>).</summary>
    CSharp,
}
