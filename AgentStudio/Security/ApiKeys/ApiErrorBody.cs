using System.Text.Json.Serialization;

namespace AgentStudio.Security.ApiKeys;

/// <summary>An error in the shape OpenAI's API returns, so OpenAI clients read it: <c>{"error":{"message", "type", "param", "code"}}</c>.</summary>
/// <param name="Error">The error.</param>
internal sealed record ApiErrorBody([property: JsonPropertyName("error")] ApiError Error)
{
    /// <summary>Writes an error response with its status and JSON body.</summary>
    public static Task WriteAsync(HttpResponse response, int status, string message, string type, string code)
    {
        response.StatusCode = status;
        return response.WriteAsJsonAsync(new ApiErrorBody(new ApiError(message, type, null, code)), ApiErrorJsonContext.Default.ApiErrorBody);
    }

    /// <summary>An error answer with its status, for an endpoint to return or execute.</summary>
    public static IResult Result(int status, ApiError error) =>
        TypedResults.Json(new ApiErrorBody(error), ApiErrorJsonContext.Default.ApiErrorBody, statusCode: status);
}

/// <summary>The inside of <see cref="ApiErrorBody"/>.</summary>
/// <param name="Message">What went wrong, for a person.</param>
/// <param name="Type">OpenAI's error type (<c>invalid_request_error</c>, <c>requests</c>).</param>
/// <param name="Param">The request parameter at fault, or null.</param>
/// <param name="Code">A stable code (<c>invalid_api_key</c>, <c>rate_limit_exceeded</c>).</param>
internal sealed record ApiError(
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("param")] string? Param,
    [property: JsonPropertyName("code")] string Code);

/// <summary>The source-generated serializer of the API's error bodies.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(ApiErrorBody))]
internal sealed partial class ApiErrorJsonContext : JsonSerializerContext;
