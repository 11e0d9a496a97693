using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using AgentStudio.Core.Running.Records;
using AgentStudio.Core.Serialization;

namespace AgentStudio.Playground;

/// <summary>
/// A span's details as people read them: when it started, how long it took, then its data as indented JSON with every
/// character as itself (<see cref="ReadableJson"/>). A value that is JSON text (a tool call's arguments, a structured
/// output) is shown as the JSON it holds rather than as one string full of <c>\"</c>.
/// </summary>
public static class SpanDetailsText
{
    /// <summary>The details of <paramref name="span"/>; HTML-sensitive characters are left for the view to encode.</summary>
    public static string Of(SpanRecord span)
    {
        ArgumentNullException.ThrowIfNull(span);
        var data = new JsonObject
        {
            ["started"] = span.StartedAt.ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture),
            ["duration_ms"] = span.EndedAt is { } end ? Math.Round((end - span.StartedAt).TotalMilliseconds, 1) : null,
        };
        foreach (var (key, value) in span.Data)
        {
            data[key] = Unwrap(value);
        }

        return ReadableJson.Write(data);
    }

    private static JsonNode? Unwrap(JsonNode? value)
    {
        if (value is JsonValue text && text.TryGetValue<string>(out var s) && s.TrimStart() is ['{' or '[', ..])
        {
            try
            {
                return JsonNode.Parse(s);
            }
            catch (JsonException)
            {
                // Text that only starts like JSON stays text.
            }
        }

        return value?.DeepClone();
    }
}
