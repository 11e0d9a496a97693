namespace AgentStudio.Core.Exporting;

/// <summary>The generators AgentStudio ships, one per <see cref="CodeTarget"/>.</summary>
public static class CodeGenerators
{
    /// <summary>Every shipped generator; the app and the CLI export through these.</summary>
    public static IReadOnlyList<ICodeGenerator> All { get; } =
    [
        new Python.PythonGenerator(),
    ];
}
