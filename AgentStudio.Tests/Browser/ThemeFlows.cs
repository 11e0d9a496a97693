using Microsoft.Playwright;

namespace AgentStudio.Tests.Browser;

/// <summary>The light and dark themes as a person meets them: the toggle in the app bar, and what the page paints.</summary>
internal static class ThemeFlows
{
    // The color scheme MudBlazor's theme provider writes for the theme it renders ("light" or "dark").
    private const string RenderedSchemeScript =
        "() => getComputedStyle(document.documentElement).getPropertyValue('--mud-native-html-color-scheme').trim()";

    /// <summary>Chooses a theme with the app bar's toggle (if it is not the current one) and waits until the page shows it.</summary>
    public static async Task ChooseThemeAsync(IPage page, bool dark)
    {
        if (await page.EvaluateAsync<string>(RenderedSchemeScript) != Scheme(dark))
        {
            await page.GetByTestId("theme-toggle").ClickAsync();
        }

        await ExpectThemeAsync(page, dark);
    }

    /// <summary>Waits until the page is painted in the given theme.</summary>
    public static Task ExpectThemeAsync(IPage page, bool dark) =>
        page.WaitForFunctionAsync($"scheme => ({RenderedSchemeScript})() === scheme", Scheme(dark));

    /// <summary>Whether a computed CSS colour (<c>rgb(…)</c> or <c>rgba(…)</c>) is a dark one (relative luminance under 0.2).</summary>
    public static bool IsDark(string cssColor) => Contrast.RelativeLuminance(Contrast.Parse(cssColor)) < 0.2;

    private static string Scheme(bool dark) => dark ? "dark" : "light";
}
