using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace AgentStudio.Core.Running.Tools;

/// <summary>
/// Sends the HTTP requests tools make on a model's behalf, within <see cref="OutboundHttpOptions"/>: a time limit,
/// a body size limit, and no non-public addresses unless they are allowed.
/// </summary>
/// <remarks>
/// The address check here resolves the host before each request to refuse it with a message naming the tool. It is
/// not the last line: a DNS server may answer differently when the client connects (DNS rebinding), so the default
/// <see cref="ToolServices.Http"/> connects through <see cref="GuardedConnection"/>, which resolves the host again,
/// checks every address before any connection is made and connects only to the addresses it checked.
/// </remarks>
internal static class OutboundHttp
{
    /// <summary>The setting that lets tools reach private networks, named in refusals so a person knows what to change.</summary>
    public const string AllowPrivateNetworksSetting = "AgentStudio:Tools:AllowPrivateNetworks";

    /// <summary>The setting of the time limit, named in timeouts.</summary>
    public const string TimeoutSetting = "AgentStudio:Tools:Timeout";

    private const int MaxRedirects = 5;
    private const int ChunkBytes = 16 * 1024;

    /// <summary>Sends <paramref name="request"/> and reads the response.</summary>
    /// <param name="request">The request; redirects are followed with new requests built from it.</param>
    /// <param name="services">The run's HTTP client and limits.</param>
    /// <param name="toolName">The tool's name, which error messages start with.</param>
    /// <param name="redact">Applied to every error message, to mask secrets the URL may carry.</param>
    /// <param name="checkHop">Called before each hop is sent (the first request and every redirect); throws to refuse it.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="InvalidOperationException">The URL is refused: not http(s), or a non-public address.</exception>
    /// <exception cref="TimeoutException">The request took longer than the limit.</exception>
    /// <exception cref="HttpRequestException">The server could not be reached.</exception>
    public static async Task<OutboundHttpResponse> SendAsync(
        HttpRequestMessage request,
        ToolServices services,
        string toolName,
        Func<string, string>? redact = null,
        Func<HttpRequestMessage, CancellationToken, Task>? checkHop = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(services);
        redact ??= static text => text;
        var options = services.OutboundHttp;
        if (request.Headers.UserAgent.Count == 0)
        {
            // Many servers turn away requests without a user agent.
            request.Headers.UserAgent.ParseAdd("AgentStudio");
        }

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(options.Timeout);
        var current = request;
        try
        {
            for (var redirects = 0; ; redirects++)
            {
                if (checkHop is not null)
                {
                    await checkHop(current, limit.Token).ConfigureAwait(false);
                }

                await EnsureAllowedAsync(current.RequestUri, options, toolName, redact, limit.Token).ConfigureAwait(false);
                current.Options.Set(GuardedConnection.AllowPrivateNetworks, options.AllowPrivateNetworks);
                using var response = await TransferAsync(
                    () => services.Http.SendAsync(current, HttpCompletionOption.ResponseHeadersRead, limit.Token),
                    toolName,
                    current.RequestUri,
                    redact).ConfigureAwait(false);

                // A client that follows redirects itself hides the hops from us; at least the last one must be allowed.
                if (response.RequestMessage?.RequestUri is { } final && final != current.RequestUri)
                {
                    await EnsureAllowedAsync(final, options, toolName, redact, limit.Token).ConfigureAwait(false);
                }

                if (IsRedirect(response.StatusCode) && response.Headers.Location is { } location)
                {
                    if (redirects == MaxRedirects)
                    {
                        throw new HttpRequestException(redact($"{toolName} stopped at {current.RequestUri}: it redirected more than {MaxRedirects} times."));
                    }

                    current = Redirect(current, response.StatusCode, location);
                    continue;
                }

                var body = await TransferAsync(
                    () => ReadBodyAsync(response.Content, options.MaxResponseBytes, limit.Token),
                    toolName,
                    current.RequestUri,
                    redact).ConfigureAwait(false);
                return new OutboundHttpResponse(response.StatusCode, body);
            }
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            // Either our limit or the client's own timeout fired; to the person both are "the server was too slow".
            var milliseconds = ((long)options.Timeout.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);
            throw new TimeoutException(
                redact($"{toolName} timed out after {milliseconds} ms waiting for {current.RequestUri}; {TimeoutSetting} sets the limit."),
                Inner(exception, redact));
        }
    }

    /// <summary>Runs one exchange with the server, turning network failures into messages that name the tool and the URL.</summary>
    private static async Task<T> TransferAsync<T>(Func<Task<T>> transfer, string toolName, Uri? uri, Func<string, string> redact)
    {
        try
        {
            return await transfer().ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException)
        {
            throw new HttpRequestException(
                redact($"{toolName} could not reach {uri}: {exception.Message}"),
                Inner(exception, redact),
                (exception as HttpRequestException)?.StatusCode);
        }
    }

    /// <summary>Refuses URLs tools must not fetch: anything but http(s) and, unless allowed, non-public addresses.</summary>
    public static async Task EnsureAllowedAsync(Uri? uri, OutboundHttpOptions options, string toolName, Func<string, string> redact, CancellationToken cancellationToken)
    {
        if (uri is null || !uri.IsAbsoluteUri)
        {
            throw new InvalidOperationException(redact($"{toolName} needs an absolute http or https URL, not '{uri}'."));
        }

        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
        {
            throw new InvalidOperationException(redact($"{toolName} refuses {uri}: only http and https URLs are allowed."));
        }

        if (options.AllowPrivateNetworks)
        {
            return;
        }

        var host = uri.IdnHost;
        var isLiteral = IPAddress.TryParse(host, out var literal);
        var addresses = isLiteral ? [literal!] : await ResolveAsync(host, uri, toolName, redact, cancellationToken).ConfigureAwait(false);

        // Every address must be public: the client may connect to any of them.
        foreach (var address in addresses)
        {
            if (NetworkAddressPolicy.WhyNotPublic(address) is { } reason)
            {
                var what = isLiteral ? $"{address} is {reason}" : $"{host} resolves to {address}, {reason}";
                throw new InvalidOperationException(redact($"{toolName} refuses {uri}: {what}; set {AllowPrivateNetworksSetting} to allow it."));
            }
        }
    }

    private static async Task<IPAddress[]> ResolveAsync(string host, Uri uri, string toolName, Func<string, string> redact, CancellationToken cancellationToken)
    {
        try
        {
            var addresses = await Dns.GetHostAddressesAsync(host, cancellationToken).ConfigureAwait(false);
            return addresses.Length > 0
                ? addresses
                : throw new HttpRequestException(redact($"{toolName} could not reach {uri}: {host} has no addresses."));
        }
        catch (SocketException exception)
        {
            throw new HttpRequestException(redact($"{toolName} could not reach {uri}: {host} could not be resolved ({exception.Message})."));
        }
    }

    private static bool IsRedirect(HttpStatusCode status) => status is HttpStatusCode.MovedPermanently
        or HttpStatusCode.Found
        or HttpStatusCode.SeeOther
        or HttpStatusCode.TemporaryRedirect
        or HttpStatusCode.PermanentRedirect;

    private static HttpRequestMessage Redirect(HttpRequestMessage previous, HttpStatusCode status, Uri location)
    {
        var target = location.IsAbsoluteUri ? location : new Uri(previous.RequestUri!, location);

        // As browsers do: 303, and 301/302 after a POST, continue as a GET without the body; 307/308 repeat the request.
        var becomesGet = status == HttpStatusCode.SeeOther && previous.Method != HttpMethod.Head
            || status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found && previous.Method == HttpMethod.Post;
        var next = new HttpRequestMessage(becomesGet ? HttpMethod.Get : previous.Method, target)
        {
            Content = becomesGet ? null : previous.Content,
            Version = previous.Version,
            VersionPolicy = previous.VersionPolicy,
        };

        // Headers may carry credentials, which belong to the origin they were written for.
        var sameOrigin = Uri.Compare(previous.RequestUri, target, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0;
        foreach (var header in previous.Headers)
        {
            if (sameOrigin || header.Key.Equals("User-Agent", StringComparison.OrdinalIgnoreCase))
            {
                next.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        return next;
    }

    private static async Task<string> ReadBodyAsync(HttpContent content, int maxBytes, CancellationToken cancellationToken)
    {
        maxBytes = Math.Max(0, maxBytes);
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            // One byte past the limit tells a body of exactly the limit from a longer one, without reading the rest.
            using var kept = new MemoryStream();
            var chunk = new byte[ChunkBytes];
            while (kept.Length <= maxBytes)
            {
                var wanted = (int)Math.Min(chunk.Length, maxBytes + 1 - kept.Length);
                var read = await stream.ReadAsync(chunk.AsMemory(0, wanted), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                kept.Write(chunk, 0, read);
            }

            var truncated = kept.Length > maxBytes;
            var length = (int)Math.Min(kept.Length, maxBytes);
            var text = EncodingOf(content).GetString(kept.GetBuffer(), 0, length);
            return truncated
                ? $"{text}\n[truncated after {maxBytes.ToString(CultureInfo.InvariantCulture)} bytes]"
                : text;
        }
    }

    private static Encoding EncodingOf(HttpContent content)
    {
        var charset = content.Headers.ContentType?.CharSet?.Trim('"', ' ');
        if (!string.IsNullOrEmpty(charset))
        {
            try
            {
                return Encoding.GetEncoding(charset);
            }
            catch (ArgumentException)
            {
                // An unknown charset: UTF-8 is the best guess for text on the web.
            }
        }

        return Encoding.UTF8;
    }

    // An inner exception's message may quote the URL with its secrets; it is kept only when none in the chain does.
    private static Exception? Inner(Exception exception, Func<string, string> redact)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (redact(current.Message) != current.Message)
            {
                return null;
            }
        }

        return exception;
    }
}
