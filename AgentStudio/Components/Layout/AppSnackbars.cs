using MudBlazor;

namespace AgentStudio.Components.Layout;

/// <summary>Where and how the app's snackbars show.</summary>
internal static class AppSnackbars
{
    /// <summary>
    /// Bottom-right: the default top-right corner sits over the page toolbars (Import, New design), so a message
    /// would hide the very buttons a user reaches for next.
    /// </summary>
    public static void Configure(SnackbarConfiguration configuration) =>
        configuration.PositionClass = Defaults.Classes.Position.BottomRight;
}
