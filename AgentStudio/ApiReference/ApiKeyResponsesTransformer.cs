using System.Globalization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace AgentStudio.ApiReference;

/// <summary>
/// Adds to every operation the answers the key check and the per-key rate limit give before the endpoint runs
/// (<c>RequireApiKey()</c>), so a client author sees them without reading the app's code.
/// </summary>
internal sealed class ApiKeyResponsesTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        operation.Responses ??= [];
        Add(operation.Responses, StatusCodes.Status401Unauthorized, "The API key is missing, wrong or revoked; nothing ran. The body is an OpenAI-style error object.");
        Add(operation.Responses, StatusCodes.Status429TooManyRequests, "The key's rate limit is reached (AgentStudio:Api:RateLimit); the Retry-After header says when to try again.");
        return Task.CompletedTask;
    }

    // An endpoint that documents its own 401 or 429 knows better.
    private static void Add(OpenApiResponses responses, int status, string description) =>
        responses.TryAdd(status.ToString(CultureInfo.InvariantCulture), new OpenApiResponse { Description = description });
}
