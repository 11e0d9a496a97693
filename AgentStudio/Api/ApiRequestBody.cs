using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace AgentStudio.Api;

/// <summary>Reads an API request's JSON body within <see cref="ApiOptions.MaxRequestBodySize"/>, refusing what cannot be read with the field at fault.</summary>
internal static class ApiRequestBody
{
    /// <summary>The body as <typeparamref name="T"/>.</summary>
    /// <exception cref="ApiRequestException">413 the body is too large; 400 it is missing, not JSON, or a field has the wrong type (named in <see cref="ApiRequestException.Param"/>).</exception>
    public static async Task<T> ReadAsync<T>(HttpContext context, JsonTypeInfo<T> type, CancellationToken cancellationToken)
        where T : class
    {
        var limit = context.RequestServices.GetRequiredService<IOptions<ApiOptions>>().Value.MaxRequestBodySize;
        if (context.Request.ContentLength > limit)
        {
            throw TooLarge(limit);
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit;
        }

        try
        {
            return await JsonSerializer.DeserializeAsync(context.Request.Body, type, cancellationToken)
                ?? throw ApiRequestException.InvalidField("body", "The request body must be a JSON object, not null.");
        }
        catch (JsonException e)
        {
            var field = e.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : null;
            throw field is null
                ? ApiRequestException.InvalidField("body", $"The request body is not a valid JSON object: {FirstSentence(e.Message)}")
                : ApiRequestException.InvalidField(field, $"\"{field}\" has the wrong type or value: {FirstSentence(e.Message)}");
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw TooLarge(limit);
        }
    }

    private static ApiRequestException TooLarge(long limit) =>
        new(StatusCodes.Status413PayloadTooLarge, "request_too_large", $"The request body is larger than the {limit} bytes allowed (AgentStudio:Api:MaxRequestBodySize).", "body");

    // System.Text.Json's messages go on with the path and positions, which the field name already says.
    private static string FirstSentence(string message) => message.Split(". ", 2)[0].TrimEnd('.') + ".";
}
