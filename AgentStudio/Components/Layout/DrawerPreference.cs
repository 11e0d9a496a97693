namespace AgentStudio.Components.Layout;

/// <summary>
/// Whether the navigation drawer is open, remembered per browser in a cookie: the server reads it while prerendering,
/// so a page that was left with the drawer collapsed never paints it open first.
/// </summary>
internal static class DrawerPreference
{
    /// <summary>The cookie's name.</summary>
    public const string CookieName = "agentstudio.drawer";

    /// <summary>The cookie's value for a collapsed drawer (anything else, or no cookie, means open).</summary>
    public const string Collapsed = "collapsed";

    /// <summary>The value to store for a drawer that is open or not.</summary>
    public static string ValueOf(bool open) => open ? "open" : Collapsed;

    /// <summary>Whether the drawer is open, from the request's cookies; open when there is no request or no cookie.</summary>
    public static bool IsOpen(HttpContext? request) => request?.Request.Cookies[CookieName] != Collapsed;
}
