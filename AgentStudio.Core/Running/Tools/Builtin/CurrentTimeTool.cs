using System.Globalization;
using System.Text.Json;

namespace AgentStudio.Core.Running.Tools.Builtin;

/// <summary>The <c>current_time</c> built-in: the current date and time from the run's clock, as ISO 8601.</summary>
internal sealed class CurrentTimeTool(string name, string? description) : IAgentTool
{
    private const string DefaultDescription =
        "Returns the current date and time as an ISO 8601 timestamp, such as 2026-11-24T10:00:00+01:00. "
        + "Use it whenever the answer depends on today's date or the time of day; do not guess them.";

    private static readonly JsonElement Schema = ToolSchemas.Parse(
        """
        {
          "type": "object",
          "properties": {
            "timezone": {
              "type": "string",
              "description": "IANA time zone id, such as Europe/Paris or America/New_York. Leave it out for UTC."
            }
          },
          "additionalProperties": false
        }
        """);

    public string Name { get; } = name;

    public string Description { get; } = description ?? DefaultDescription;

    public JsonElement ParametersSchema => Schema;

    public Task<string> InvokeAsync(JsonElement arguments, ToolInvocationContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var now = context.Services.Time.GetUtcNow();
        var zoneId = ToolArguments.Optional(arguments, "timezone")?.Trim();
        if (!string.IsNullOrEmpty(zoneId))
        {
            now = TimeZoneInfo.ConvertTime(now, FindZone(zoneId));
        }

        // Z for a zero offset, as most people and models expect for UTC.
        var text = now.Offset == TimeSpan.Zero
            ? now.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
            : now.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
        return Task.FromResult(text);
    }

    private static TimeZoneInfo FindZone(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception exception) when (exception is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new ArgumentException($"Unknown time zone '{id}': use an IANA id such as Europe/Paris or America/New_York, or leave it out for UTC.", exception);
        }
    }
}
