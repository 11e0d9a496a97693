using System.Text;
using AgentStudio.Core.Designs;
using AgentStudio.Core.Serialization;
using AgentStudio.Designs;
using AgentStudio.Storage;

namespace AgentStudio.Endpoints;

/// <summary>Downloads of stored designs as <c>.agentstudio.json</c> files.</summary>
internal static class DesignExportEndpoints
{
    /// <summary>The export URL of a design.</summary>
    public static string ExportUrl(Guid id) => $"designs/{id}/export";

    /// <summary>Maps <c>GET /designs/{id}/export</c>: the design's latest revision as an attachment (see <see cref="ExportBytes"/>).</summary>
    public static IEndpointRouteBuilder MapDesignExport(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/designs/{id:guid}/export", async (Guid id, IDesignStore store, CancellationToken cancellationToken) =>
        {
            var design = await store.GetAsync(id, cancellationToken);
            if (design is null)
            {
                return Results.NotFound($"There is no design with id {id}.");
            }

            return Results.File(ExportBytes(design.Document), "application/json", DesignFileNames.For(design.Document.Name));
        });
        return endpoints;
    }

    /// <summary>
    /// The canonical, readable form; when indenting would push it over the import limit, the compact
    /// form instead, so that a design that could be imported can always be imported again.
    /// </summary>
    internal static byte[] ExportBytes(DesignDocument document)
    {
        var readable = Encoding.UTF8.GetBytes(DesignSerializer.Write(document));
        return readable.Length <= DesignSerializer.MaxFileBytes ? readable : Encoding.UTF8.GetBytes(DesignSerializer.WriteCompact(document));
    }
}
