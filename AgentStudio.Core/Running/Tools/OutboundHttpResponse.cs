using System.Net;

namespace AgentStudio.Core.Running.Tools;

/// <summary>What a tool's HTTP request got back: the status and the body as text, cut off at the size limit.</summary>
/// <param name="StatusCode">The response status.</param>
/// <param name="Body">The body, decoded with its charset (UTF-8 when none is given).</param>
internal sealed record OutboundHttpResponse(HttpStatusCode StatusCode, string Body)
{
    /// <summary>Whether the status is 2xx.</summary>
    public bool IsSuccess => (int)StatusCode is >= 200 and <= 299;

    /// <summary>What the tool returns to the model: the body, led by the status when it is not a success.</summary>
    public string ToToolOutput() => IsSuccess ? Body : $"HTTP {(int)StatusCode}\n{Body}";
}
