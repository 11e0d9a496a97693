using AgentStudio.Components.Layout;
using Microsoft.AspNetCore.Http;

namespace AgentStudio.Tests.Components;

/// <summary>The theme cookie the server renders the first paint from.</summary>
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
        Assert.Equal(dark, ThemePreference.IsDark(RequestWithCookie(cookie)));

    [Fact]
    public void TheStoredValue_RoundTrips()
    {
        Assert.True(ThemePreference.IsDark(ThemePreference.ValueOf(dark: true)));
        Assert.False(ThemePreference.IsDark(ThemePreference.ValueOf(dark: false)));
    }
}
