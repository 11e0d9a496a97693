using AgentStudio.Core.Running;
using AgentStudio.Core.Running.Events;
using AgentStudio.Security.ApiKeys;
using AgentStudio.Storage;

namespace AgentStudio.Api.OpenAi;

/// <summary>
/// The OpenAI endpoint's errors, in OpenAI's shape (<c>{"error":{"message","type","param","code"}}</c>) so that OpenAI's
/// SDKs raise them with their message. A refused request keeps its status; a run that fails is answered 422 (400 when
/// the input was at fault), which OpenAI's SDKs do not retry: AgentStudio has already retried the model calls, and a
/// second run of the design would fail the same way at the same cost.
/// </summary>
internal static class OpenAiErrors
{
    /// <summary>The status and error object of a request refused by the run service or by this endpoint's own reading of it.</summary>
    /// <param name="refused">The refusal.</param>
    /// <param name="slug">The model (design slug) the request asked for.</param>
    public static (int Status, ApiError Error) From(ApiRequestException refused, string slug) => refused.Code switch
    {
        "design_not_found" => ModelNotFound(slug),
        "design_not_published" or "design_not_runnable" => (refused.StatusCode, new ApiError(refused.Message, "invalid_request_error", "model", refused.Code)),
        _ => (refused.StatusCode, new ApiError(refused.Message, "invalid_request_error", refused.Param, refused.Code)),
    };

    /// <summary>OpenAI's own answer to an unknown model: 404 <c>model_not_found</c> on <c>model</c>.</summary>
    public static (int Status, ApiError Error) ModelNotFound(string slug) => (StatusCodes.Status404NotFound, new ApiError(
        $"The model '{slug}' does not exist: no design has this slug. GET /v1/models lists the published designs.", "invalid_request_error", "model", "model_not_found"));

    /// <summary>A design that exists and was never published: 409 <c>design_not_published</c> on <c>model</c>.</summary>
    public static (int Status, ApiError Error) NotPublished(DesignNotPublishedException unpublished) =>
        (StatusCodes.Status409Conflict, new ApiError(unpublished.Message, "invalid_request_error", "model", "design_not_published"));


    /// <summary>The status and error object of a run that failed: its error kind is the code, its message the message.</summary>
    public static (int Status, ApiError Error) From(RunResult failed) => Failure(failed.ErrorKind ?? RunErrorKind.ModelError, failed.ErrorMessage ?? "");

    /// <summary>The status and error object of the failure a run's terminal event reports.</summary>
    public static (int Status, ApiError Error) From(RunFailedEvent failed) => Failure(failed.ErrorKind, failed.Message);

    private static (int Status, ApiError Error) Failure(RunErrorKind kind, string reason)
    {
        var code = KindName(kind);
        var message = $"The design's run failed ({code}): {reason}";
        return kind == RunErrorKind.UserError
            ? (StatusCodes.Status400BadRequest, new ApiError(message, "invalid_request_error", null, code))
            : (StatusCodes.Status422UnprocessableEntity, new ApiError(message, "server_error", null, code));
    }

    /// <summary>An error answer, as JSON with the given status.</summary>
    public static IResult Result((int Status, ApiError Error) error) =>
        ApiErrorBody.Result(error.Status, error.Error);

    // The kind's name as the run events write it (max_turns_exceeded…): RunErrorKind's own JSON names.
    private static string KindName(RunErrorKind kind) =>
        System.Text.Json.JsonSerializer.SerializeToElement(kind, OpenAiJsonContext.Default.RunErrorKind).GetString()!;
}
