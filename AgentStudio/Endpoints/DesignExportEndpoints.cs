using System.Text;
using AgentStudio.Core.Serialization;
using AgentStudio.Designs;
using AgentStudio.Storage;

namespace AgentStudio.Endpoints;

/// <summary>Downloads of stored designs as <c>.agentstudio.json</c> files.</summary>
internal static class DesignExportEndpoints
{
    /// <summary>The export URL of a design.</summary>
    public static string ExportUrl(Guid id) => $"designs/{id}/export";

    /// <summary>Maps <c>GET /designs/{id}/export</c>: the design's latest revision in canonical form, as an attachment.</summary>
    public static IEndpointRouteBuilder MapDesignExport(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/designs/{id:guid}/export", async (Guid id, IDesignStore store, CancellationToken cancellationToken) =>
        {
            var design = await store.GetAsync(id, cancellationToken);
            if (design is null)
            {
                return Results.NotFound($"There is no design with id {id}.");
            }

            var json = Encoding.UTF8.GetBytes(DesignSerializer.Write(design.Document));
            return Results.File(json, "application/json", DesignFileNames.For(design.Document.Name));
        });
        return endpoints;
    }
}
