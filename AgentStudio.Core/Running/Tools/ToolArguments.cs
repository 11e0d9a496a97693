using System.Text.Json;

namespace AgentStudio.Core.Running.Tools;

/// <summary>Reads the arguments a model passed to a tool.</summary>
internal static class ToolArguments
{
    /// <summary>
    /// The argument <paramref name="name"/> as text, or null when it is absent or JSON null. A non-string value
    /// comes back as its JSON text, because models now and then send <c>5</c> where the schema says a string.
    /// </summary>
    public static string? Optional(JsonElement arguments, string name)
    {
        if (arguments.ValueKind != JsonValueKind.Object || !arguments.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            JsonValueKind.String => value.GetString(),
            _ => value.GetRawText(),
        };
    }

    /// <summary>The argument <paramref name="name"/> as text.</summary>
    /// <exception cref="ArgumentException">The argument is missing; the message goes back to the model.</exception>
    public static string Required(JsonElement arguments, string name) =>
        Optional(arguments, name) ?? throw new ArgumentException($"the required argument '{name}' is missing.");
}
