namespace AgentStudio.Core.Exporting.Python;

/// <summary>Writes <c>requirements.txt</c> with the package versions the generated code was written against.</summary>
internal static class PythonRequirements
{
    /// <summary>The file name.</summary>
    public const string FileName = "requirements.txt";

    /// <summary>The OpenAI Agents SDK release the code uses (it brings openai, pydantic and mcp with it).</summary>
    public const string OpenAIAgentsVersion = "0.24.0";

    /// <summary>The httpx release HTTP tools use.</summary>
    public const string HttpxVersion = "0.28.1";

    /// <summary>The file's text.</summary>
    public static string Write() => $"openai-agents=={OpenAIAgentsVersion}\nhttpx=={HttpxVersion}\n";
}
