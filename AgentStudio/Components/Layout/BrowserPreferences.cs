namespace AgentStudio.Components.Layout;

/// <summary>
/// The choices a browser made that the server must know before it renders, so that the first paint is already right:
/// the theme and whether the navigation drawer is open. Kept in cookies (js/cookies.js writes them), read once per
/// request by App.razor and handed to Routes as a parameter — a root component's parameters travel with the
/// prerendered page into the circuit, so the interactive render starts from the same choices — which cascades them.
/// </summary>
/// <param name="DarkMode">Whether the dark theme was chosen; no cookie means light.</param>
/// <param name="DrawerOpen">Whether the drawer is open; no cookie means open.</param>
public sealed record BrowserPreferences(bool DarkMode, bool DrawerOpen)
{
    /// <summary>The choices of a browser that has made none.</summary>
    public static BrowserPreferences Default { get; } = new(DarkMode: false, DrawerOpen: true);

    /// <summary>The choices the request's cookies carry.</summary>
    public static BrowserPreferences From(HttpContext context) => new(
        ThemePreference.IsDark(context.Request.Cookies[ThemePreference.Key]),
        DrawerPreference.IsOpen(context.Request.Cookies[DrawerPreference.CookieName]));
}
