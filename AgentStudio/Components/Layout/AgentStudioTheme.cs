using MudBlazor;

namespace AgentStudio.Components.Layout;

/// <summary>The app's colours and type, light and dark.</summary>
/// <remarks>
/// Every colour that carries text meets WCAG AA (4.5:1) where MudBlazor puts it: the palette colour as text on the
/// page and surface (outlined chips, links, text alerts) and the contrast text on the palette colour (filled buttons,
/// snackbars, badges). MudBlazor's defaults miss it in places (its success green is 2.1:1 on white, its info text
/// 3.6:1, its secondary text 4.3:1, white on its error red 3.7:1), so those colours are set here. In the dark palette
/// the accent colours are light, so their contrast text is dark. AccessibilityBrowserTests scans every page in both
/// themes.
/// </remarks>
internal static class AgentStudioTheme
{
    /// <summary>The theme given to MudThemeProvider.</summary>
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#4F46E5",
            Secondary = "#0EA5E9",
            Tertiary = "#F59E0B",
            AppbarBackground = "#1E1B4B",
            Background = "#F7F7FB",
            DrawerBackground = "#FFFFFF",
            TextSecondary = "rgba(0,0,0,0.64)",
            // Dark enough for white text even while a snackbar fades in, and as text on the page.
            Success = "#27692B",
            Info = "#1565C0",
            Warning = "#B45309",
            Error = "#C62828",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#A5B4FC",
            PrimaryContrastText = "#1E1B4B",
            Secondary = "#38BDF8",
            Tertiary = "#FBBF24",
            AppbarBackground = "#111027",
            TextSecondary = "rgba(255,255,255,0.64)",
            // Light accents read on the dark page; filled ones carry dark text. Text alerts use the "darken" shade as
            // their text colour, so in the dark palette it is a lighter one.
            Success = "#66BB6A",
            SuccessContrastText = "rgba(0,0,0,0.87)",
            SuccessDarken = "#81C784",
            Info = "#64B5F6",
            InfoContrastText = "rgba(0,0,0,0.87)",
            InfoDarken = "#90CAF9",
            Warning = "#FFA726",
            WarningContrastText = "rgba(0,0,0,0.87)",
            WarningDarken = "#FFB74D",
            Error = "#FF8A80",
            ErrorContrastText = "rgba(0,0,0,0.87)",
            ErrorDarken = "#FF8A80",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                FontFamily = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"],
            },
        },
    };
}
