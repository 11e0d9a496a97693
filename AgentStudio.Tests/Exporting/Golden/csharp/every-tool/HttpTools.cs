// AgentStudio export of revision 7 of the design "Every tool".
// Export again to update it, or edit it as your own code.

using System.Text;
using System.Text.Json;

namespace EveryTool;

/// <summary>Sends the requests of the HTTP tools and turns their responses into what the model reads.</summary>
internal static class HttpTools
{
    // One client for every call, as HttpClient is meant to be used. AgentStudio's default limit is 15 seconds; it also
    // cuts bodies off at 256 KB and refuses private network addresses, which this client does not.
    private static readonly HttpClient Client = new() { Timeout = TimeSpan.FromSeconds(15) };

    /// <summary>Sends <paramref name="request"/>; the response body, led by "HTTP &lt;status&gt;" on a line of its own when the status is not 2xx.</summary>
    public static async Task<string> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Headers.UserAgent.Count == 0)
        {
            // Many servers turn away requests without a user agent.
            request.Headers.UserAgent.ParseAdd("AgentStudio");
        }

        using var response = await Client.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        return response.IsSuccessStatusCode ? body : $"HTTP {(int)response.StatusCode}\n{body}";
    }

    /// <summary>A request body: sent as JSON when it is JSON, otherwise as plain text.</summary>
    public static StringContent Body(string text) =>
        new(text, Encoding.UTF8, IsJson(text) ? "application/json" : "text/plain");

    /// <summary>Sets a header on the request, or on its body for Content-Type and its kin (replacing the body's own).</summary>
    public static void SetHeader(HttpRequestMessage request, string name, string value)
    {
        if (!request.Headers.TryAddWithoutValidation(name, value) && request.Content is not null)
        {
            request.Content.Headers.Remove(name);
            request.Content.Headers.TryAddWithoutValidation(name, value);
        }
    }

    private static bool IsJson(string text)
    {
        if (text.TrimStart() is not ['{' or '[', ..])
        {
            return false;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
