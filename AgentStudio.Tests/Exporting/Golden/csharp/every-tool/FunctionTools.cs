// AgentStudio export of revision 7 of the design "Every tool".
// Export again to update it, or edit it as your own code.

using System.Globalization;
using Microsoft.Extensions.AI;

namespace EveryTool;

/// <summary>The design's function tools, as functions the agents' models can call.</summary>
internal static class FunctionTools
{
    /// <summary>The mock tool lookup_order: answers every call from its response template.</summary>
    public static AIFunction LookupOrder(
        string name = "lookup_order",
        string description = "Look up an order by its number") =>
        new MockFunction(
            name,
            description,
            """
            {
              "type": "object",
              "properties": {
                "order_id": {
                  "type": "string"
                }
              },
              "required": [
                "order_id"
              ]
            }
            """,
            "Order {{order_id}} shipped on 2026-11-02.");

    /// <summary>The HTTP tool get-weather: sends POST https://api.example.com/weather?q={{city}}&amp;key=${secret:WEATHER_KEY} and answers with the response body.</summary>
    public static AIFunction GetWeather(
        string name = "get-weather",
        string description = "Get the weather for a city") =>
        new ToolFunction(
            name,
            description,
            """
            {
              "type": "object",
              "properties": {
                "city": {
                  "type": "string"
                },
                "days": {
                  "type": "integer"
                }
              },
              "required": [
                "city"
              ]
            }
            """,
            async (arguments, cancellationToken) =>
            {
                var city = ToolFunction.Text(arguments, "city");
                var days = ToolFunction.Text(arguments, "days");
                var @class = ToolFunction.Text(arguments, "class");
                using var request = new HttpRequestMessage(HttpMethod.Post, $"https://api.example.com/weather?q={Uri.EscapeDataString(city)}&key={Uri.EscapeDataString(Secrets.Get("WEATHER_KEY"))}");
                request.Content = HttpTools.Body($"{{\"city\": \"{city}\", \"class\": \"{@class}\"}}");
                HttpTools.SetHeader(request, "Authorization", $"Bearer {Secrets.Get("WEATHER_TOKEN")}");
                HttpTools.SetHeader(request, "X-Days", days);
                return await HttpTools.SendAsync(request, cancellationToken);
            });

    /// <summary>The built-in tool current_time, named current_time.</summary>
    public static AIFunction CurrentTime(
        string name = "current_time",
        string description = "Returns the current date and time as an ISO 8601 timestamp, such as 2026-11-24T10:00:00+01:00. Use it whenever the answer depends on today's date or the time of day; do not guess them.") =>
        new ToolFunction(
            name,
            description,
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
            """,
            (arguments, _) =>
            {
                var zone = ToolFunction.Text(arguments, "timezone").Trim();
                var now = DateTimeOffset.UtcNow;
                now = zone.Length == 0 ? now : TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById(zone));

                // Z for a zero offset, as AgentStudio writes UTC.
                var format = now.Offset == TimeSpan.Zero ? "yyyy-MM-dd'T'HH:mm:ss'Z'" : "yyyy-MM-dd'T'HH:mm:sszzz";
                return Task.FromResult(now.ToString(format, CultureInfo.InvariantCulture));
            });

    /// <summary>The built-in tool calculator, named calculator.</summary>
    public static AIFunction Calculator(
        string name = "calculator",
        string description = "Do arithmetic") =>
        new ToolFunction(
            name,
            description,
            """
            {
              "type": "object",
              "properties": {
                "expression": {
                  "type": "string",
                  "description": "The expression, such as (12.5 * 4 - 3) / 2 or sqrt(2) * 10^3."
                }
              },
              "required": [
                "expression"
              ],
              "additionalProperties": false
            }
            """,
            (arguments, _) => Task.FromResult(Arithmetic.Evaluate(ToolFunction.Text(arguments, "expression"))));

    /// <summary>The built-in tool http_get, named fetch_page.</summary>
    public static AIFunction FetchPage(
        string name = "fetch_page",
        string description = "Fetches a public web page or API endpoint with an HTTP GET request and returns the response body as text (long bodies are cut off). A status other than 2xx comes back as 'HTTP <status>' on the first line. Only http and https URLs of public servers can be fetched.") =>
        new ToolFunction(
            name,
            description,
            """
            {
              "type": "object",
              "properties": {
                "url": {
                  "type": "string",
                  "description": "The absolute http or https URL to fetch, such as https://example.com/page."
                }
              },
              "required": [
                "url"
              ],
              "additionalProperties": false
            }
            """,
            async (arguments, cancellationToken) =>
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, ToolFunction.Text(arguments, "url").Trim());
                return await HttpTools.SendAsync(request, cancellationToken);
            });
}
