using AgentStudio.Core.Designs;
using AgentStudio.Core.Exporting;
using AgentStudio.Core.Validation;

namespace AgentStudio.Exporting;

/// <summary>
/// A design exported to one target, as the CLI and the designer's dialog show it: the project's files, or why there are
/// none — the design's validation errors, else what the target cannot express. Both print <see cref="Messages"/> as they are.
/// </summary>
/// <param name="Target">The language exported to.</param>
/// <param name="Errors">The design's validation errors; the export is not attempted while there are any.</param>
/// <param name="Export">The generator's result; null when <paramref name="Errors"/> stopped it.</param>
public sealed record CodeExportOutcome(CodeTarget Target, IReadOnlyList<DesignProblem> Errors, CodeExport? Export)
{
    /// <summary>Whether there is a project to write.</summary>
    public bool Succeeded => Errors.Count == 0 && Export is { Succeeded: true };

    /// <summary>The project's files in the generator's order; empty unless <see cref="Succeeded"/>.</summary>
    public IReadOnlyList<GeneratedFile> Files => Succeeded ? Export!.Files : [];

    /// <summary>What the target cannot express; empty when validation stopped the export.</summary>
    public IReadOnlyList<ExportRefusal> Refusals => Export?.Refusals ?? [];

    /// <summary>
    /// One line per reason there is no project: a validation error as <c>validate</c> prints it
    /// (<c>AS0101 error $.edges[2].to: …</c>, capped per code like <c>validate</c>), or a refusal as <c>ElementName: message</c>.
    /// </summary>
    public IReadOnlyList<string> Messages => Errors.Count > 0
        ? [.. DesignProblemLimits.Cap(Errors).Select(p => p.ToString())]
        : [.. Refusals.Select(r => $"{r.ElementName}: {r.Message}")];

    /// <summary>The headline above <see cref="Messages"/>; null when the export succeeded.</summary>
    public string? Headline => Succeeded
        ? null
        : Errors.Count > 0
            ? $"The design has {Errors.Count} error(s) and cannot be exported; fix them first:"
            : $"{CodeTargetNames.DisplayOf(Target)} cannot express {Refusals.Count} thing(s) in this design:";

    /// <summary>The ids of the agents, tools, edges and notes the messages are about, each once, in message order.</summary>
    public IReadOnlyList<string> ElementIds => Errors.Count > 0
        ? [.. Errors.Select(p => p.NodeId).OfType<string>().Distinct(StringComparer.Ordinal)]
        : [.. Refusals.Select(r => r.ElementId).OfType<string>().Distinct(StringComparer.Ordinal)];

    /// <summary>Validates <paramref name="design"/>, then exports it to <paramref name="target"/> when it has no errors.</summary>
    public static CodeExportOutcome Create(CodeExporter exporter, DesignDocument design, int? revision, CodeTarget target)
    {
        ArgumentNullException.ThrowIfNull(design);
        return Create(exporter, design, revision, target, ErrorsOf(design));
    }

    /// <summary>The validation errors that stop an export of <paramref name="design"/>; found once for every target.</summary>
    public static IReadOnlyList<DesignProblem> ErrorsOf(DesignDocument design) =>
        [.. DesignValidator.Validate(design).Where(p => p.IsError)];

    /// <summary>Exports <paramref name="design"/>, whose <paramref name="errors"/> were found already (<see cref="ErrorsOf"/>), when there are none.</summary>
    public static CodeExportOutcome Create(CodeExporter exporter, DesignDocument design, int? revision, CodeTarget target, IReadOnlyList<DesignProblem> errors)
    {
        ArgumentNullException.ThrowIfNull(exporter);
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(errors);
        return errors.Count > 0
            ? new CodeExportOutcome(target, errors, null)
            : new CodeExportOutcome(target, [], exporter.Export(new ExportSource(design, revision), target));
    }
}
