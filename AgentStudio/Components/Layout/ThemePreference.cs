namespace AgentStudio.Components.Layout;

/// <summary>
/// The light or dark choice a browser made, kept in a cookie so that the server renders the chosen theme from the
/// first response: the prerendered page is already dark, and nothing paints light while the circuit starts.
/// </summary>
/// <remarks>
/// App.razor reads the cookie and hands the choice to Routes as a parameter; a root component's parameters travel
/// with the prerendered page into the circuit, so the interactive render starts from the same theme. The toggle in
/// MainLayout writes the cookie (and local storage, where earlier versions kept the choice) through js/app.js.
/// </remarks>
internal static class ThemePreference
{
    /// <summary>The cookie's (and the local storage key's) name; its value is <c>dark</c> or <c>light</c>.</summary>
    public const string Key = "agentstudio.theme";

    /// <summary>The name of the cascading value Routes passes the choice to the layouts with.</summary>
    public const string CascadeName = "AgentStudio.DarkMode";

    /// <summary>Whether the request carries a choice of the dark theme; no cookie means light.</summary>
    public static bool IsDark(HttpContext context) => IsDark(context.Request.Cookies[Key]);

    /// <summary>Whether a stored value (<c>dark</c>, <c>light</c> or none) means the dark theme.</summary>
    public static bool IsDark(string? value) => string.Equals(value, "dark", StringComparison.Ordinal);

    /// <summary>The stored value for a choice.</summary>
    public static string ValueOf(bool dark) => dark ? "dark" : "light";
}
