using AgentStudio.Core.Exporting;
using AgentStudio.Designer;
using AgentStudio.Storage;

namespace AgentStudio.Exporting;

/// <summary>A stored design exported to every target, for the designer's "Export as code" dialog.</summary>
/// <param name="DesignId">The design.</param>
/// <param name="DesignName">Its name, for the dialog's title.</param>
/// <param name="Revision">The stored revision exported; the dialog's zip downloads are of this revision too.</param>
/// <param name="Outcomes">One per target, in <see cref="CodeExporter.Targets"/> order.</param>
/// <param name="ElementNames">The name of each element the outcomes' messages are about, by id, for the buttons that show them.</param>
public sealed record CodeExportPreview(Guid DesignId, string DesignName, int Revision, IReadOnlyList<CodeExportOutcome> Outcomes, IReadOnlyDictionary<string, string> ElementNames)
{
    /// <summary>Exports the design's current stored revision to each target; null when there is no such design.</summary>
    public static async Task<CodeExportPreview?> LoadAsync(IDesignStore store, CodeExporter exporter, Guid id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(exporter);
        if (await store.GetAsync(id, cancellationToken) is not { } design)
        {
            return null;
        }

        var errors = CodeExportOutcome.ErrorsOf(design.Document);
        var outcomes = exporter.Targets.Select(t => CodeExportOutcome.Create(exporter, design.Document, design.Revision, t, errors)).ToList();
        var names = outcomes.SelectMany(o => o.ElementIds).Distinct(StringComparer.Ordinal)
            .ToDictionary(elementId => elementId, elementId => DesignerAnnouncements.NameOf(design.Document, elementId), StringComparer.Ordinal);
        return new CodeExportPreview(id, design.Document.Name, design.Revision, outcomes, names);
    }
}
