using System.Net.ServerSentEvents;
using AgentStudio.Core.Running;
using AgentStudio.Core.Running.Events;
using AgentStudio.Security.ApiKeys;
using AgentStudio.Storage;

namespace AgentStudio.Api.OpenAi;

/// <summary>
/// The OpenAI-compatible endpoint, behind an API key, so that any OpenAI client uses a published design as a model:
/// <c>GET /v1/models</c> lists the published designs (the model id is the slug), <c>GET /v1/models/{model}</c> gives one, and <c>POST /v1/chat/completions</c>
/// runs one, streamed or not. The last user message is the input and the earlier messages are the history the entry
/// agent is given (see <see cref="ChatConversation"/>); each call is one stored API run, with the key's name.
/// </summary>
internal static class OpenAiEndpoints
{
    /// <summary>Maps <c>/v1/models</c>, <c>/v1/models/{model}</c> and <c>/v1/chat/completions</c>.</summary>
    public static IEndpointRouteBuilder MapOpenAiEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var v1 = endpoints.MapGroup("/v1").RequireApiKey().DisableAntiforgery().WithTags("OpenAI-compatible API");
        v1.MapGet("/models", ListModelsAsync).Produces<ModelList>();
        v1.MapGet("/models/{model}", GetModelAsync).Produces<ModelInfo>();
        v1.MapPost("/chat/completions", CompleteAsync)
            .Accepts<ChatCompletionRequest>("application/json")
            .Produces<ChatCompletion>(contentType: "application/json")
            .Produces(StatusCodes.Status200OK, contentType: "text/event-stream");
        return endpoints;
    }

    private static async Task<IResult> ListModelsAsync(IDesignStore designs, CancellationToken cancellationToken)
    {
        var published = await designs.ListPublishedAsync(cancellationToken);
        return TypedResults.Json(
            new ModelList([.. published.Select(d => new ModelInfo(d.Slug, d.PublishedAt?.ToUnixTimeSeconds() ?? 0))]),
            OpenAiJsonContext.Default.ModelList);
    }

    private static async Task<IResult> GetModelAsync(string model, IDesignStore designs, CancellationToken cancellationToken)
    {
        try
        {
            return await designs.GetPublishedAsync(model, cancellationToken) is { } published
                ? TypedResults.Json(new ModelInfo(published.Slug, published.PublishedAt.ToUnixTimeSeconds()), OpenAiJsonContext.Default.ModelInfo)
                : OpenAiErrors.Result(OpenAiErrors.ModelNotFound(model));
        }
        catch (DesignNotPublishedException e)
        {
            return OpenAiErrors.Result(OpenAiErrors.NotPublished(e));
        }
    }

    private static async Task CompleteAsync(HttpContext context, PublishedDesignRuns runs, TimeProvider clock)
    {
        var aborted = context.RequestAborted;
        ChatConversation conversation;
        PublishedRun run;
        try
        {
            var body = await ApiRequestBody.ReadAsync(context, OpenAiJsonContext.Default.ChatCompletionRequest, aborted);
            conversation = ChatConversation.From(body);
        }
        catch (ApiRequestException e)
        {
            await OpenAiErrors.Result(OpenAiErrors.From(e, "")).ExecuteAsync(context);
            return;
        }

        try
        {
            var request = new PublishedRunRequest(conversation.Slug, conversation.Input, ApiKeyAuthenticationHandler.KeyIdOf(context.User), ApiKeyAuthenticationHandler.KeyNameOf(context.User))
            {
                History = conversation.History,
            };
            run = await runs.StartAsync(request, aborted);
        }
        catch (ApiRequestException e)
        {
            await OpenAiErrors.Result(OpenAiErrors.From(e, conversation.Slug)).ExecuteAsync(context);
            return;
        }

        // The request's abort token cancels the run: a client that hangs up stops it, and it is stored as cancelled.
        await using (run)
        {
            context.Response.Headers[RunApiEndpoints.RunIdHeader] = run.RunId.ToString();
            var id = "chatcmpl-" + run.RunId.ToString("N");
            var created = clock.GetUtcNow().ToUnixTimeSeconds();
            var answer = conversation.Stream
                ? await StreamAsync(run, new ChatCompletionChunks(id, created, run.Slug, conversation.IncludeUsage), aborted)
                : await AnswerAsync(run, id, created);
            if (answer is not null && !aborted.IsCancellationRequested)
            {
                await answer.ExecuteAsync(context);
            }
        }
    }

    private static async Task<IResult?> AnswerAsync(PublishedRun run, string id, long created)
    {
        var result = await run.Completion;
        return result.Status switch
        {
            RunStatus.Completed => TypedResults.Json(
                new ChatCompletion(id, created, run.Slug, [new ChatCompletionChoice(0, new ChatCompletionMessage(result.FinalOutput ?? ""), "stop")], ChatCompletionUsage.From(result.Usage)),
                OpenAiJsonContext.Default.ChatCompletion),
            RunStatus.Failed => OpenAiErrors.Result(OpenAiErrors.From(result)),
            _ => null,
        };
    }

    // The stream starts with the first text: a run that fails before it is answered with an HTTP error, which OpenAI's
    // SDKs raise, rather than with an error event after a 200 that some of them would not read.
    private static async Task<IResult?> StreamAsync(PublishedRun run, ChatCompletionChunks chunks, CancellationToken cancellationToken)
    {
        var events = run.ReadEventsAsync(cancellationToken).GetAsyncEnumerator(cancellationToken);
        var seen = new List<RunEvent>();
        try
        {
            while (await events.MoveNextAsync())
            {
                seen.Add(events.Current);
                if (events.Current is TextDeltaEvent or { IsTerminal: true })
                {
                    break;
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await events.DisposeAsync();
            return null;
        }

        switch (seen.LastOrDefault())
        {
            case RunFailedEvent:
                await events.DisposeAsync();
                return OpenAiErrors.Result(OpenAiErrors.From(await run.Completion));
            case RunCancelledEvent or null:
                await events.DisposeAsync();
                return null;
            default:
                return TypedResults.ServerSentEvents(ChunksAsync(run, seen, events, chunks));
        }
    }

    private static async IAsyncEnumerable<SseItem<string>> ChunksAsync(PublishedRun run, List<RunEvent> seen, IAsyncEnumerator<RunEvent> rest, ChatCompletionChunks chunks)
    {
        await using (rest)
        {
            foreach (var runEvent in seen)
            {
                foreach (var data in await TranslateAsync(run, runEvent, chunks))
                {
                    yield return new SseItem<string>(data);
                }
            }

            while (await rest.MoveNextAsync())
            {
                foreach (var data in await TranslateAsync(run, rest.Current, chunks))
                {
                    yield return new SseItem<string>(data);
                }
            }
        }
    }

    private static async Task<IEnumerable<string>> TranslateAsync(PublishedRun run, RunEvent runEvent, ChatCompletionChunks chunks)
    {
        if (runEvent.IsTerminal)
        {
            // The run is stored before the client hears it ended, so GET /api/runs/{id} finds it at once.
            await run.Completion;
        }

        return chunks.Translate(runEvent);
    }
}
