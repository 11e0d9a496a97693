using AgentStudio.Core.Exporting.CSharp;
using AgentStudio.Core.Exporting.Python;
using AgentStudio.Core.Exporting.TypeScript;

namespace AgentStudio.Core.Exporting;

/// <summary>The generators AgentStudio ships, one per <see cref="CodeTarget"/>.</summary>
public static class CodeGenerators
{
    /// <summary>Every shipped generator, in <see cref="CodeTarget"/> order; the app and the CLI export through these.</summary>
    public static IReadOnlyList<ICodeGenerator> All { get; } =
    [
        new PythonGenerator(),
        new TypeScriptGenerator(),
        new CSharpGenerator(),
    ];
}
