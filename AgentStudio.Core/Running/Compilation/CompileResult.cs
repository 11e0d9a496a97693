using AgentStudio.Core.Validation;

namespace AgentStudio.Core.Running.Compilation;

/// <summary>The outcome of compiling a design: the runnable agents, or the errors that refused it; warnings either way.</summary>
public sealed record CompileResult(CompiledDesign? Design, IReadOnlyList<DesignProblem> Problems)
{
    /// <summary>Whether the design compiled (it had no validation errors).</summary>
    public bool Succeeded => Design is not null;
}
