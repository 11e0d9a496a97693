using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using AgentStudio.Core.Running;
using AgentStudio.Core.Running.Events;
using AgentStudio.Core.Running.Records;
using AgentStudio.Security.ApiKeys;
using AgentStudio.Storage;
using Microsoft.Net.Http.Headers;

namespace AgentStudio.Api;

/// <summary>
/// The run API, every endpoint behind an API key: <c>POST /api/designs/{slug}/runs</c> runs a published design (the
/// finished run as JSON, or its run events as Server-Sent Events with <c>Accept: text/event-stream</c>),
/// <c>GET /api/runs/{runId}</c> returns a stored run the same key started as its export document, <c>GET /api/designs</c> lists the published
/// designs. Errors are OpenAI-style error objects; a run that fails is still 200, with <c>status: failed</c>.
/// </summary>
internal static class RunApiEndpoints
{
    /// <summary>The response header with the stored run's id (an event stream has no other place for it).</summary>
    public const string RunIdHeader = "AgentStudio-Run-Id";

    /// <summary>The response header with the run's conversation id.</summary>
    public const string ConversationIdHeader = "AgentStudio-Conversation-Id";

    public static IEndpointRouteBuilder MapRunApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api").RequireApiKey().DisableAntiforgery().WithTags("Run API");
        api.MapPost("/designs/{slug}/runs", RunAsync)
            .Accepts<RunApiRequest>("application/json")
            .Produces<RunApiResponse>(contentType: "application/json")
            .Produces(StatusCodes.Status200OK, contentType: "text/event-stream");
        api.MapGet("/runs/{runId}", GetRunAsync);
        api.MapGet("/designs", ListDesignsAsync).Produces<PublishedDesignList>();
        return endpoints;
    }

    private static async Task RunAsync(string slug, HttpContext context, PublishedDesignRuns runs)
    {
        var aborted = context.RequestAborted;
        PublishedRun run;
        try
        {
            var body = await ApiRequestBody.ReadAsync(context, ApiJsonContext.Default.RunApiRequest, aborted);
            run = await runs.StartAsync(
                new PublishedRunRequest(slug, body.Input ?? "", ApiKeyAuthenticationHandler.KeyIdOf(context.User), ApiKeyAuthenticationHandler.KeyNameOf(context.User)) { ConversationId = body.ConversationId, Model = body.Model, MaxTurns = body.MaxTurns },
                aborted);
        }
        catch (ApiRequestException e)
        {
            await Error(e.StatusCode, e.Message, e.Param, e.Code).ExecuteAsync(context);
            return;
        }

        // The request's abort token cancels the run: a client that hangs up stops it, and it is stored as cancelled.
        await using (run)
        {
            context.Response.Headers[RunIdHeader] = run.RunId.ToString();
            context.Response.Headers[ConversationIdHeader] = run.ConversationId;
            if (WantsEventStream(context.Request))
            {
                await TypedResults.ServerSentEvents(EventsAsync(run, aborted)).ExecuteAsync(context);
                return;
            }

            var result = await run.Completion;
            if (aborted.IsCancellationRequested)
            {
                return;
            }

            await context.Response.WriteAsJsonAsync(Response(run, result), ApiJsonContext.Default.RunApiResponse, cancellationToken: aborted);
        }
    }

    private static async IAsyncEnumerable<SseItem<string>> EventsAsync(PublishedRun run, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var runEvent in run.ReadEventsAsync(cancellationToken))
        {
            yield return new SseItem<string>(RunEventJson.Serialize(runEvent), runEvent.Type);
        }
    }

    // A key reads only the runs it started; any other run is answered exactly as a run that does not exist, so a key
    // learns nothing of other keys' or the playground's runs.
    private static async Task<IResult> GetRunAsync(string runId, HttpContext context, IRunStore runs, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(runId, out var id))
        {
            return Error(StatusCodes.Status400BadRequest, $"\"{runId}\" is not a run id: run ids are GUIDs, as runId in a run's answer.", "runId", "invalid_request");
        }

        return await runs.GetOfApiKeyAsync(id, ApiKeyAuthenticationHandler.KeyIdOf(context.User), cancellationToken) is { } record
            ? Results.Text(RunRecordJson.Write(record), "application/json")
            : Error(StatusCodes.Status404NotFound, $"No run {id} is stored.", "runId", "run_not_found");
    }

    private static async Task<IResult> ListDesignsAsync(IDesignStore designs, CancellationToken cancellationToken)
    {
        var published = await designs.ListPublishedAsync(cancellationToken);
        return TypedResults.Json(
            new PublishedDesignList([.. published.Select(d => new PublishedDesignItem(d.Slug, d.Name, d.Revision, d.Description))]),
            ApiJsonContext.Default.PublishedDesignList);
    }

    private static RunApiResponse Response(PublishedRun run, RunResult result) => new(
        run.RunId,
        run.ConversationId,
        result.Status.ToString().ToLowerInvariant(),
        result.FinalOutput,
        result.LastAgent,
        new RunApiUsage(result.Usage.Requests, result.Usage.InputTokens, result.Usage.OutputTokens, result.Usage.TotalTokens),
        result.ErrorKind is { } kind ? new RunApiError(kind, result.ErrorMessage ?? "") : null);

    private static bool WantsEventStream(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/event-stream", StringComparison.OrdinalIgnoreCase));

    private static IResult Error(int status, string message, string? param, string code) =>
        ApiErrorBody.Result(status, new ApiError(message, "invalid_request_error", param, code));
}
