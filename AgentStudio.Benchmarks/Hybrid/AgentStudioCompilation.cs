using AgentStudio.Core.Running;
using AgentStudio.Core.Running.Compilation;

namespace AgentStudio.Benchmarks.Hybrid;

/// <summary>What the AgentStudio cases share: compiling the template and reading who answered.</summary>
internal static class AgentStudioCompilation
{
    public static CompiledDesign Compile()
    {
        var result = DesignCompiler.Compile(HybridConversation.Design);
        return result.Design ?? throw new InvalidOperationException("The hybrid-support template did not compile.");
    }

    /// <summary>The agent in control at the end of a completed run.</summary>
    /// <exception cref="InvalidOperationException">The run did not complete.</exception>
    public static string AnsweringAgent(RunResult result) => result.Status == RunStatus.Completed
        ? result.LastAgent
        : throw new InvalidOperationException($"AgentStudio's run ended {result.Status} with {result.LastAgent}: {result.ErrorMessage}");
}
