using System.Text;
using System.Text.Json;
using AgentStudio.Core.Designs;

namespace AgentStudio.Core.Running.Tools;

/// <summary>
/// A tool that sends the HTTP request its definition describes. The method, URL, headers and body are templates:
/// <c>{{argument}}</c> takes the call's argument (URL-escaped inside the URL) and <c>${secret:NAME}</c> a secret
/// from <see cref="ToolServices.Secrets"/>, which never shows in the output or in error messages and is sent only to
/// the hosts the secret is bound to (checked again on every redirect).
/// </summary>
public sealed class HttpRequestTool : IAgentTool
{
    private readonly HttpTool _definition;

    /// <summary>Builds the tool <paramref name="definition"/> describes.</summary>
    public HttpRequestTool(HttpTool definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        _definition = definition;
        ParametersSchema = definition.Parameters ?? ToolSchemas.EmptyObject;
    }

    /// <inheritdoc />
    public string Name => _definition.Name;

    /// <inheritdoc />
    public string Description => _definition.Description ?? string.Empty;

    /// <inheritdoc />
    public JsonElement ParametersSchema { get; }

    /// <summary>
    /// Sends the request and returns the response body, led by <c>HTTP {status}</c> on a line of its own when the
    /// status is not a success.
    /// </summary>
    /// <exception cref="InvalidOperationException">A secret is not configured, the URL is refused, or a secret would reach a host it is not bound to (<see cref="SecretNotBoundException"/>).</exception>
    /// <exception cref="TimeoutException">The server took longer than the limit.</exception>
    /// <exception cref="HttpRequestException">The server could not be reached.</exception>
    public async Task<string> InvokeAsync(JsonElement arguments, ToolInvocationContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var secrets = new SecretRedactor();
        try
        {
            using var request = BuildRequest(arguments, context.Services.Secrets, secrets);
            var response = await OutboundHttp.SendAsync(request, context.Services, Name, secrets.Redact, (hop, token) => secrets.EnsureBoundAsync(hop, Name, token), cancellationToken).ConfigureAwait(false);
            return secrets.Redact(response.ToToolOutput());
        }
        catch (Exception exception) when (exception is not OperationCanceledException && secrets.Reveals(exception))
        {
            // Whatever failed quoted a secret; the message goes to the model and the trace, so it is masked and the original dropped.
            throw new InvalidOperationException(secrets.Redact(exception.Message));
        }
    }

    private HttpRequestMessage BuildRequest(JsonElement arguments, ISecretResolver resolver, SecretRedactor secrets)
    {
        string Secret(string name, bool inUrl)
        {
            var secret = resolver.Resolve(name)
                ?? throw SecretReferences.NotConfigured(name);
            secrets.Add(name, secret);
            return inUrl ? Uri.EscapeDataString(secret.Value) : secret.Value;
        }

        if (string.IsNullOrWhiteSpace(_definition.Url))
        {
            throw new InvalidOperationException($"Tool {Name} has no URL: set one in its definition.");
        }

        var method = TextTemplate.Fill(_definition.Method ?? string.Empty, arguments).Trim();
        var url = TextTemplate.Fill(_definition.Url, arguments, Uri.EscapeDataString, name => Secret(name, inUrl: true)).Trim();
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            throw new InvalidOperationException(secrets.Redact($"{Name} needs an absolute http or https URL, not '{url}'."));
        }

        var request = new HttpRequestMessage(new HttpMethod(method.Length == 0 ? "GET" : method.ToUpperInvariant()), uri);
        try
        {
            var contentHeaders = new List<KeyValuePair<string, string>>();
            foreach (var (name, template) in _definition.Headers ?? new Dictionary<string, string>())
            {
                var value = TextTemplate.Fill(template, arguments, resolveSecret: secret => Secret(secret, inUrl: false));

                // Content-Type and its kin belong to the body, not the request.
                if (!request.Headers.TryAddWithoutValidation(name, value))
                {
                    contentHeaders.Add(new(name, value));
                }
            }

            if (_definition.Body is not null)
            {
                var body = TextTemplate.Fill(_definition.Body, arguments, resolveSecret: secret => Secret(secret, inUrl: false));
                request.Content = new StringContent(body, Encoding.UTF8, LooksLikeJson(body) ? "application/json" : "text/plain");
                if (contentHeaders.Count > 0 && contentHeaders.Exists(h => h.Key.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)))
                {
                    request.Content.Headers.ContentType = null;
                }

                foreach (var (name, value) in contentHeaders)
                {
                    request.Content.Headers.TryAddWithoutValidation(name, value);
                }
            }

            return request;
        }
        catch
        {
            request.Dispose();
            throw;
        }
    }

    // A body template is usually JSON; saying so spares every design a Content-Type header.
    private static bool LooksLikeJson(string body)
    {
        var trimmed = body.AsSpan().TrimStart();
        if (trimmed.IsEmpty || trimmed[0] is not ('{' or '['))
        {
            return false;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
