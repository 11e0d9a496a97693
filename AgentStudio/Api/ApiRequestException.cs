namespace AgentStudio.Api;

/// <summary>
/// A request the API refuses before any model call: the HTTP status to answer, a stable code, the request field at fault
/// (when one is) and a message for the caller. The run API and the OpenAI-compatible endpoint each write it in their
/// own error shape.
/// </summary>
public sealed class ApiRequestException : Exception
{
    /// <summary>A refusal answered with <paramref name="statusCode"/>.</summary>
    /// <param name="statusCode">The HTTP status: 400 invalid field, 404 unknown design or conversation, 409 not runnable.</param>
    /// <param name="code">A stable, machine-readable code such as <c>design_not_found</c>.</param>
    /// <param name="message">What is wrong and where, for a person.</param>
    /// <param name="param">The request field at fault (<c>input</c>, <c>maxTurns</c>…), or null.</param>
    public ApiRequestException(int statusCode, string code, string message, string? param = null)
        : base(message)
    {
        StatusCode = statusCode;
        Code = code;
        Param = param;
    }

    /// <summary>The HTTP status to answer.</summary>
    public int StatusCode { get; }

    /// <summary>A stable code: <c>invalid_request</c>, <c>design_not_found</c>, <c>design_not_published</c>, <c>design_not_runnable</c>, <c>conversation_not_found</c>.</summary>
    public string Code { get; }

    /// <summary>The request field at fault, or null.</summary>
    public string? Param { get; }

    /// <summary>A 400 naming <paramref name="param"/>.</summary>
    public static ApiRequestException InvalidField(string param, string message) =>
        new(StatusCodes.Status400BadRequest, "invalid_request", message, param);
}
