namespace AgentStudio.Core.Exporting;

/// <summary>Writes a design as a project in one language. Implementations are pure: the same source gives the same bytes.</summary>
public interface ICodeGenerator
{
    /// <summary>The language this generator writes.</summary>
    CodeTarget Target { get; }

    /// <summary>Writes the project, or says what in the design this language cannot express.</summary>
    /// <param name="source">A design that passed validation, and its revision.</param>
    CodeExport Generate(ExportSource source);
}
