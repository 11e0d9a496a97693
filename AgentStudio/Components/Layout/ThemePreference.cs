namespace AgentStudio.Components.Layout;

/// <summary>The light or dark choice a browser made, remembered in a cookie (see <see cref="BrowserPreferences"/>).</summary>
/// <remarks>Earlier versions kept the choice only in local storage under the same key; MainLayout adopts it once.</remarks>
internal static class ThemePreference
{
    /// <summary>The cookie's (and the local storage key's) name; its value is <c>dark</c> or <c>light</c>.</summary>
    public const string Key = "agentstudio.theme";

    /// <summary>Whether a stored value (<c>dark</c>, <c>light</c> or none) means the dark theme.</summary>
    public static bool IsDark(string? value) => string.Equals(value, "dark", StringComparison.Ordinal);

    /// <summary>The stored value for a choice.</summary>
    public static string ValueOf(bool dark) => dark ? "dark" : "light";
}
