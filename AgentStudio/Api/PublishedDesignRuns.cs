using AgentStudio.Core.Running;
using AgentStudio.Core.Running.Compilation;
using AgentStudio.Core.Running.Models;
using AgentStudio.Core.Running.Records;
using AgentStudio.Core.Running.Tools;
using AgentStudio.Running;
using AgentStudio.Storage;

namespace AgentStudio.Api;

/// <summary>
/// Runs published designs for API callers, on the app's engine (<see cref="EngineServiceCollectionExtensions"/>): the
/// slug names the design, its published revision runs (never the draft), compiled with the app's secrets and MCP trust,
/// within the app's run timeout. Each run is stored when it ends as an API run with its key's id and name, and a completed run
/// moves its conversation on, so the next request with its <c>conversationId</c> is answered by its last agent. The run
/// API and the OpenAI-compatible endpoint both start runs here.
/// </summary>
/// <remarks>Thread-safe; a singleton.</remarks>
internal sealed class PublishedDesignRuns(
    IDesignStore designs,
    AgentRunner runner,
    IModelCatalog models,
    ToolServices tools,
    RunDefaults defaults,
    IRunStore runs,
    ApiConversations conversations,
    ILoggerFactory loggerFactory,
    ILogger<PublishedDesignRuns> logger)
{
    /// <summary>The most model calls a request may allow a run.</summary>
    public const int MaxTurnsLimit = 100;

    /// <summary>What the stored run's model choice says when each agent runs on its designed model.</summary>
    public const string AsDesigned = "designed";

    /// <summary>
    /// Starts a run of the published revision of <paramref name="request"/>'s design. Nothing runs, and no model is
    /// called, when the request is refused.
    /// </summary>
    /// <param name="request">The design, input and options.</param>
    /// <param name="cancellationToken">Cancels finding the design and, after that, the run itself (it is then stored as cancelled).</param>
    /// <exception cref="ApiRequestException">
    /// 400 a field is invalid (its name in <see cref="ApiRequestException.Param"/>); 404 no design has the slug, or the
    /// conversation is unknown; 409 the design is not published, or its published revision cannot run here.
    /// </exception>
    public async Task<PublishedRun> StartAsync(PublishedRunRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        Check(request);
        var published = await FindAsync(request.Slug, cancellationToken);
        var conversation = request.ConversationId is { } conversationId
            ? conversations.Find(conversationId, published.DesignId, request.ApiKeyId)
                ?? throw new ApiRequestException(StatusCodes.Status404NotFound, "conversation_not_found", $"No conversation \"{conversationId}\" of the design \"{published.Slug}\" for this API key: conversations are kept for {ApiConversations.IdleLifetime.TotalHours:0} hours after their last run and forgotten when the app restarts. Leave conversationId out to start a new one.", "conversationId")
            : null;

        var compiled = DesignCompiler.Compile(published.Document, secrets: tools.Secrets, mcpTrust: tools.McpTrust);
        if (!compiled.Succeeded)
        {
            var errors = compiled.Problems.Where(p => p.IsError).Take(5).Select(p => $"{p.Code} at {p.Path}: {p.Message}");
            throw new ApiRequestException(StatusCodes.Status409Conflict, "design_not_runnable", $"The published revision {published.Revision} of \"{published.Slug}\" cannot run here: {string.Join(" ", errors)}");
        }

        var design = compiled.Design!;
        var id = conversation?.Id ?? conversations.Start(published.DesignId, request.ApiKeyId);
        var options = new RunOptions
        {
            MaxTurns = request.MaxTurns ?? RunOptions.DefaultMaxTurns,
            Timeout = defaults.Timeout,
            Continue = conversation?.Continuation
                ?? (request.History is { Count: > 0 } history ? new RunContinuation(design.Entry.Id, design.Entry.Name, history) : null),
        };
        var runId = Guid.NewGuid();
        var agentRun = RunnerFor(request.Model).Start(design, request.Input, options, cancellationToken);
        var record = new RunOrigin(runId, published.DesignId, published.Document.Name, request.Model ?? AsDesigned, request.ApiKeyId, request.ApiKeyName, id);
        return new PublishedRun(agentRun, runId, id, published.Slug, published.Revision, run => FinishAsync(run, design, record));
    }

    private static void Check(PublishedRunRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.Input))
        {
            throw ApiRequestException.InvalidField("input", "\"input\" is required: the user's message, a non-empty string.");
        }

        if (request.MaxTurns is { } turns && turns is < 1 or > MaxTurnsLimit)
        {
            throw ApiRequestException.InvalidField("maxTurns", $"\"maxTurns\" must be between 1 and {MaxTurnsLimit}; it was {turns}.");
        }

        if (request.Model is { } model && string.IsNullOrWhiteSpace(model))
        {
            throw ApiRequestException.InvalidField("model", "\"model\" must name a model (e.g. \"simulated\") or be left out to run each agent on its designed model.");
        }

        if (request.ConversationId is not null && request.History is { Count: > 0 })
        {
            throw ApiRequestException.InvalidField("conversationId", "Give a conversationId or earlier messages, not both.");
        }

        if (request.ConversationId is { } conversation && string.IsNullOrWhiteSpace(conversation))
        {
            throw ApiRequestException.InvalidField("conversationId", "\"conversationId\" must be an id a previous run returned, or be left out to start a new conversation.");
        }
    }

    private async Task<PublishedDesign> FindAsync(string slug, CancellationToken cancellationToken)
    {
        try
        {
            return await designs.GetPublishedAsync(slug, cancellationToken)
                ?? throw new ApiRequestException(StatusCodes.Status404NotFound, "design_not_found", $"No design has the slug \"{slug}\". GET /api/designs lists the published ones.");
        }
        catch (DesignNotPublishedException e)
        {
            throw new ApiRequestException(StatusCodes.Status409Conflict, "design_not_published", e.Message);
        }
    }

    private AgentRunner RunnerFor(string? model) =>
        model is null ? runner : new AgentRunner(new ModelOverrideProvider(models, model), tools, loggerFactory: loggerFactory);

    // Runs to the end whoever listens: the record is stored and the conversation moved on even when the caller has gone.
    private async Task<RunResult> FinishAsync(AgentRun run, CompiledDesign design, RunOrigin origin)
    {
        var result = await run.Completion.ConfigureAwait(false);
        await design.DisposeAsync().ConfigureAwait(false);
        if (result.Status == RunStatus.Completed)
        {
            conversations.Advance(origin.ConversationId, origin.DesignId, origin.ApiKeyId, RunContinuation.FromRunResult(result));
        }

        try
        {
            var record = RunRecord.From(origin.RunId, origin.DesignId, origin.DesignName, origin.Models, result) with
            {
                ApiKeyId = origin.ApiKeyId,
                ApiKeyName = origin.ApiKeyName,
                ConversationId = origin.ConversationId,
            };
            await runs.SaveAsync(record, CancellationToken.None).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Losing a run's record must not fail the caller's answer; it is logged.
        catch (Exception e)
#pragma warning restore CA1031
        {
            logger.LogError(e, "Could not store API run {RunId} of design {DesignId}", origin.RunId, origin.DesignId);
        }

        return result;
    }

    private sealed record RunOrigin(Guid RunId, Guid DesignId, string DesignName, string Models, Guid ApiKeyId, string ApiKeyName, string ConversationId);
}
