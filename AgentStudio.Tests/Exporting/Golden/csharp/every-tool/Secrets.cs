// AgentStudio export of revision 7 of the design "Every tool".
// Export again to update it, or edit it as your own code.

namespace EveryTool;

/// <summary>
/// The design's secrets, each read from the environment variable of its name when it is used:
/// WEATHER_KEY, WEATHER_TOKEN, FS_TOKEN, DOCS_TOKEN.
/// </summary>
internal static class Secrets
{
    /// <summary>The value of the environment variable <paramref name="name"/>.</summary>
    /// <exception cref="InvalidOperationException">The variable is not set.</exception>
    public static string Get(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"Set the environment variable {name}: the design's secret of that name is read from it.");
}
