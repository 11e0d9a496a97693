using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace AgentStudio.Security;

/// <summary>
/// Refuses with 403 any request whose <c>Origin</c> header names another site: a page elsewhere must not
/// open the Blazor hub's WebSocket (browsers do not apply CORS to WebSockets) or post to the app. Requests
/// without an Origin (curl, the CLI, plain navigation) pass; the host filter has already vetted the Host.
/// </summary>
internal sealed class OriginCheckMiddleware(RequestDelegate next, IOptionsMonitor<SecurityOptions> options)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var origin = context.Request.Headers[HeaderNames.Origin].ToString();
        if (origin.Length == 0 || IsAllowed(origin, context.Request))
        {
            await next(context);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        // A body keeps the status-code pages from replacing the refusal with a page of the app.
        await context.Response.WriteAsync("Cross-origin requests are refused.");
    }

    private bool IsAllowed(string origin, HttpRequest request) =>
        SameOrigin(origin, $"{request.Scheme}://{request.Host}")
        || options.CurrentValue.AllowedOrigins.Any(allowed => SameOrigin(origin, allowed));

    /// <summary>Scheme, host and port equal, with default ports filled in (<c>http://a</c> is <c>http://a:80</c>).</summary>
    internal static bool SameOrigin(string origin, string other) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var left)
        && Uri.TryCreate(other, UriKind.Absolute, out var right)
        && left.Scheme == right.Scheme
        && string.Equals(left.IdnHost, right.IdnHost, StringComparison.OrdinalIgnoreCase)
        && left.Port == right.Port;
}
