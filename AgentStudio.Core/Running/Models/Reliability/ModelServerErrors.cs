using System.ClientModel;
using System.ClientModel.Primitives;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;

namespace AgentStudio.Core.Running.Models.Reliability;

/// <summary>
/// Reads the failures the OpenAI SDK reports: whether one is worth retrying, how long the server asked to wait, and
/// what it means in plain words (the SDK's own messages name its types and settings).
/// </summary>
internal static class ModelServerErrors
{
    /// <summary>Whether another try may succeed: no answer at all, 408, 429 or a 5xx.</summary>
    public static bool IsTransient(Exception exception) => exception switch
    {
        ClientResultException { Status: 0 } => true,
        ClientResultException e => e.Status is 408 or 429 or >= 500,
        HttpRequestException or IOException => true,
        _ => false,
    };

    /// <summary>The wait the server asked for with <c>retry-after-ms</c> or <c>Retry-After</c> (seconds or a date), if any.</summary>
    public static TimeSpan? RetryAfter(Exception exception, DateTimeOffset now)
    {
        if (exception is not ClientResultException e || e.GetRawResponse() is not { } response)
        {
            return null;
        }

        if (response.Headers.TryGetValue("retry-after-ms", out var ms) && double.TryParse(ms, NumberStyles.Float, CultureInfo.InvariantCulture, out var milliseconds) && milliseconds >= 0)
        {
            return TimeSpan.FromMilliseconds(milliseconds);
        }

        if (response.Headers.TryGetValue("Retry-After", out var value) && RetryConditionHeaderValue.TryParse(value, out var header))
        {
            return header.Delta ?? (header.Date is { } date ? (date > now ? date - now : TimeSpan.Zero) : null);
        }

        return null;
    }

    /// <summary>The status as <c>429 Too Many Requests</c>.</summary>
    public static string Status(ClientResultException exception)
    {
        var phrase = exception.GetRawResponse()?.ReasonPhrase;
        return string.IsNullOrWhiteSpace(phrase) ? exception.Status.ToString(CultureInfo.InvariantCulture) : $"{exception.Status} {phrase}";
    }

    /// <summary>What went wrong, in plain words, after <paramref name="tries"/> tries.</summary>
    public static string Describe(Exception exception, int tries)
    {
        var after = tries > 1 ? string.Create(CultureInfo.InvariantCulture, $" after {tries} tries") : "";
        return exception switch
        {
            ClientResultException { Status: 0 } e => $"the model server could not be reached{after}: {Innermost(e).Message}",
            ClientResultException e => $"the model server answered {e.Status} ({Phrase(e)}){after}: {ServerMessage(e.GetRawResponse())}",
            HttpRequestException or IOException => $"the model server could not be reached{after}: {Innermost(exception).Message}",
            _ => exception.Message,
        };
    }

    private static string Phrase(ClientResultException exception) => exception.GetRawResponse()?.ReasonPhrase is { Length: > 0 } phrase ? phrase : "an error";

    // OpenAI-style servers explain in {"error": {"message": ...}}; others send text. Either way, a line of it.
    private static string ServerMessage(PipelineResponse? response)
    {
        string text;
        try
        {
            text = response?.Content.ToString() ?? "";
        }
        catch (InvalidOperationException)
        {
            return "no details";
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("error", out var error)
                && (error.ValueKind == JsonValueKind.String ? error : error.ValueKind == JsonValueKind.Object && error.TryGetProperty("message", out var message) ? message : default) is { ValueKind: JsonValueKind.String } found)
            {
                text = found.GetString() ?? "";
            }
        }
        catch (JsonException)
        {
            // Not JSON: the text itself is the explanation.
        }

        text = text.ReplaceLineEndings(" ").Trim();
        return text.Length == 0 ? "no details" : text.Length <= 300 ? text : text[..300] + "…";
    }

    // The HTTP layer's message ("Connection refused (127.0.0.1:8080)") says it best; wrappers around it say less.
    private static Exception Innermost(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is HttpRequestException or IOException)
            {
                return current;
            }
        }

        return exception;
    }
}
