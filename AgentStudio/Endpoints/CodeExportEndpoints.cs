using AgentStudio.Core.Exporting;
using AgentStudio.Designs;
using AgentStudio.Exporting;
using AgentStudio.Storage;

namespace AgentStudio.Endpoints;

/// <summary>Downloads of stored designs as runnable projects (<c>.zip</c>), one per <see cref="CodeTarget"/>.</summary>
internal static class CodeExportEndpoints
{
    /// <summary>The zip URL of a design's project in <paramref name="target"/>; with a revision, that revision's.</summary>
    public static string ZipUrl(Guid id, CodeTarget target, int? revision = null) =>
        $"designs/{id}/code/{CodeTargetNames.Of(target)}.zip" + (revision is { } r ? $"?revision={r}" : "");

    /// <summary>
    /// Maps <c>GET /designs/{id}/code/{target}.zip[?revision=N]</c>: the design's current stored revision (or revision N)
    /// exported to python, typescript or csharp. 404 for an unknown design, revision or target; 422 with the same messages
    /// as the CLI when the design has errors or the target cannot express something.
    /// </summary>
    public static IEndpointRouteBuilder MapCodeExport(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/designs/{id:guid}/code/{target}.zip", async (Guid id, string target, int? revision, IDesignStore store, CodeExporter exporter, CancellationToken cancellationToken) =>
        {
            if (!CodeTargetNames.TryParse(exporter, target, out var codeTarget))
            {
                return Results.NotFound($"There is no target {target}; known targets: {CodeTargetNames.Known(exporter)}.");
            }

            var design = await store.GetAsync(id, cancellationToken);
            if (design is null)
            {
                return Results.NotFound($"There is no design with id {id}.");
            }

            var document = design.Document;
            if (revision is { } wanted && wanted != design.Revision)
            {
                try
                {
                    document = await store.GetRevisionAsync(id, wanted, cancellationToken);
                }
                catch (DesignNotFoundException)
                {
                    return Results.NotFound($"The design {design.Document.Name} has no revision {wanted}.");
                }
            }

            var outcome = CodeExportOutcome.Create(exporter, document, revision ?? design.Revision, codeTarget);
            if (!outcome.Succeeded)
            {
                return Results.Text(string.Join('\n', [outcome.Headline!, .. outcome.Messages.Select(m => $"  {m}")]) + "\n", "text/plain", statusCode: StatusCodes.Status422UnprocessableEntity);
            }

            return Results.File(CodeZip.Create(outcome.Files), "application/zip", ZipFileName(document.Name, codeTarget));
        });
        return endpoints;
    }

    /// <summary>"Hybrid support" in Python → hybrid-support-python.zip.</summary>
    internal static string ZipFileName(string designName, CodeTarget target) =>
        $"{DesignFileNames.For(designName)[..^DesignFileNames.Extension.Length]}-{CodeTargetNames.Of(target)}.zip";
}
