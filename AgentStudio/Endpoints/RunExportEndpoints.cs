using AgentStudio.Core.Running.Records;
using AgentStudio.Storage;

namespace AgentStudio.Endpoints;

/// <summary><c>GET /runs/{id}/export</c>: a stored run as a <c>.agentstudio-run.json</c> download, in the <c>agentstudio.run</c> format.</summary>
internal static class RunExportEndpoints
{
    public static string ExportUrl(Guid runId) => $"runs/{runId}/export";

    public static IEndpointRouteBuilder MapRunExport(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/runs/{id:guid}/export", async (Guid id, IRunStore runs, CancellationToken cancellationToken) =>
        {
            if (await runs.GetAsync(id, cancellationToken) is not { } run)
            {
                return Results.NotFound($"No run {id}.");
            }

            var name = string.Concat(run.DesignName.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '-')).Trim('-');
            return Results.File(System.Text.Encoding.UTF8.GetBytes(RunRecordJson.Write(run)), "application/json", $"{name}-run-{run.StartedAt.UtcDateTime:yyyyMMdd-HHmmss}.agentstudio-run.json");
        });
        return endpoints;
    }
}
