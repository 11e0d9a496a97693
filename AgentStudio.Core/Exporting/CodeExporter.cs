namespace AgentStudio.Core.Exporting;

/// <summary>Exports designs as runnable code, one <see cref="ICodeGenerator"/> per <see cref="CodeTarget"/>.</summary>
public sealed class CodeExporter
{
    private readonly IReadOnlyDictionary<CodeTarget, ICodeGenerator> _generators;

    /// <summary>Creates an exporter over the given generators (one per target).</summary>
    public CodeExporter(IEnumerable<ICodeGenerator> generators)
    {
        ArgumentNullException.ThrowIfNull(generators);
        _generators = generators.ToDictionary(g => g.Target);
    }

    /// <summary>The targets this exporter can write, in <see cref="CodeTarget"/> order.</summary>
    public IReadOnlyList<CodeTarget> Targets => [.. _generators.Keys.Order()];

    /// <summary>Exports <paramref name="source"/> to <paramref name="target"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">No generator writes <paramref name="target"/>.</exception>
    public CodeExport Export(ExportSource source, CodeTarget target)
    {
        ArgumentNullException.ThrowIfNull(source);
        return _generators.TryGetValue(target, out var generator)
            ? generator.Generate(source)
            : throw new ArgumentOutOfRangeException(nameof(target), target, "No generator writes this target.");
    }
}
