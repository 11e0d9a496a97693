using AgentStudio.Components.Layout;
using Microsoft.AspNetCore.Http;

namespace AgentStudio.Tests.Components;

/// <summary>The theme and drawer cookies the server renders the first paint from.</summary>
public sealed class ThemePreferenceTests
{
    private static DefaultHttpContext RequestWithCookie(string? cookie)
    {
        var context = new DefaultHttpContext();
        if (cookie is not null)
        {
            context.Request.Headers.Cookie = cookie;
        }

        return context;
    }

    [Theory]
    [InlineData("agentstudio.theme=dark", true)]
    [InlineData("other=1; agentstudio.theme=dark", true)]
    [InlineData("agentstudio.theme=light", false)]
    [InlineData("agentstudio.theme=DARK", false)]
    [InlineData("theme=dark", false)]
    [InlineData(null, false)]
    public void IsDark_OnlyForTheDarkValueOfTheThemeCookie(string? cookie, bool dark) =>
        Assert.Equal(dark, BrowserPreferences.From(RequestWithCookie(cookie)).DarkMode);

    [Theory]
    [InlineData("agentstudio.drawer=collapsed", false)]
    [InlineData("agentstudio.theme=dark; agentstudio.drawer=collapsed", false)]
    [InlineData("agentstudio.drawer=open", true)]
    [InlineData("drawer=collapsed", true)]
    [InlineData(null, true)]
    public void TheDrawer_IsOpenUnlessItsCookieSaysCollapsed(string? cookie, bool open) =>
        Assert.Equal(open, BrowserPreferences.From(RequestWithCookie(cookie)).DrawerOpen);

    [Fact]
    public void TheStoredValue_RoundTrips()
    {
        Assert.True(ThemePreference.IsDark(ThemePreference.ValueOf(dark: true)));
        Assert.False(ThemePreference.IsDark(ThemePreference.ValueOf(dark: false)));
    }
}
