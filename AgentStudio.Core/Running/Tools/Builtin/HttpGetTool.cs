using System.Text.Json;

namespace AgentStudio.Core.Running.Tools.Builtin;

/// <summary>The <c>http_get</c> built-in: fetches a URL and returns the response body as text.</summary>
internal sealed class HttpGetTool(string name, string? description) : IAgentTool
{
    // The size limit belongs to the run, so the description only says long bodies are cut off.
    private const string DefaultDescription =
        "Fetches a public web page or API endpoint with an HTTP GET request and returns the response body as text "
        + "(long bodies are cut off). A status other than 2xx comes back as 'HTTP <status>' on the first line. "
        + "Only http and https URLs of public servers can be fetched.";

    private static readonly JsonElement Schema = ToolSchemas.Parse(
        """
        {
          "type": "object",
          "properties": {
            "url": {
              "type": "string",
              "description": "The absolute http or https URL to fetch, such as https://example.com/page."
            }
          },
          "required": ["url"],
          "additionalProperties": false
        }
        """);

    public string Name { get; } = name;

    public string Description { get; } = description ?? DefaultDescription;

    public JsonElement ParametersSchema => Schema;

    public async Task<string> InvokeAsync(JsonElement arguments, ToolInvocationContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var url = ToolArguments.Required(arguments, "url").Trim();
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            throw new ArgumentException($"{Name} needs an absolute http or https URL, not '{url}'.");
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        var response = await OutboundHttp.SendAsync(request, context.Services, Name, cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.ToToolOutput();
    }
}
