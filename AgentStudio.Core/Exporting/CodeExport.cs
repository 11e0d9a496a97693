namespace AgentStudio.Core.Exporting;

/// <summary>The outcome of exporting a design: a whole project, or the reasons it cannot be written.</summary>
/// <param name="Target">The language the design was exported to.</param>
/// <param name="Files">The project's files in a fixed order; empty when <see cref="Refusals"/> is not.</param>
/// <param name="Refusals">What the target cannot express; an export with refusals writes nothing.</param>
public sealed record CodeExport(CodeTarget Target, IReadOnlyList<GeneratedFile> Files, IReadOnlyList<ExportRefusal> Refusals)
{
    /// <summary>Whether the project was written (no refusals).</summary>
    public bool Succeeded => Refusals.Count == 0;
}
