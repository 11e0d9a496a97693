using MudBlazor;

namespace AgentStudio.Components.Layout;

/// <summary>The app's colours and type, light and dark.</summary>
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
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#818CF8",
            Secondary = "#38BDF8",
            Tertiary = "#FBBF24",
            AppbarBackground = "#111027",
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
