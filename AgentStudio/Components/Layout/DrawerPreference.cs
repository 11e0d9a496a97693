namespace AgentStudio.Components.Layout;

/// <summary>Whether the navigation drawer is open, remembered per browser in a cookie (see <see cref="BrowserPreferences"/>).</summary>
internal static class DrawerPreference
{
    /// <summary>The cookie's name.</summary>
    public const string CookieName = "agentstudio.drawer";

    /// <summary>The cookie's value for a collapsed drawer (anything else, or no cookie, means open).</summary>
    public const string Collapsed = "collapsed";

    /// <summary>The value to store for a drawer that is open or not.</summary>
    public static string ValueOf(bool open) => open ? "open" : Collapsed;

    /// <summary>Whether a stored value means an open drawer: anything but <see cref="Collapsed"/>, or none.</summary>
    public static bool IsOpen(string? value) => value != Collapsed;
}
