using System.Text.RegularExpressions;
using AgentStudio.Tests.Browser;
using Microsoft.Playwright;

namespace AgentStudio.Tests.Security;

/// <summary>
/// An app reachable from other machines asks everyone to sign in, in Chromium as a person would see it; a
/// plain user may design but not change settings. Runs in the browser collection to share its Chromium.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class SignInBrowserTests(BrowserFixture browser, SignInAppFixture app) : IClassFixture<SignInAppFixture>
{
    [Fact]
    public async Task OnAllInterfaces_TheAppAsksForSignIn_RefusesAWrongPassword_LandsOnDesigns_AndSignsOut()
    {
        var page = await browser.NewPageAsync(app.BaseAddress);

        await page.GotoAsync("/");
        await Assertions.Expect(page).ToHaveURLAsync(SignInUrl());

        await SubmitSignInAsync(page, SignInAppFixture.AdministratorEmail, "Wrong-Horse-42");
        await Assertions.Expect(page.GetByTestId("sign-in-error")).ToHaveTextAsync("The email or password is not right.");

        await SubmitSignInAsync(page, SignInAppFixture.AdministratorEmail, SignInAppFixture.Password);
        await page.WaitForSelectorAsync("body[data-circuit='ready']");
        await Assertions.Expect(page.GetByTestId("new-design")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("signed-in-user")).ToHaveTextAsync(SignInAppFixture.AdministratorEmail);

        await page.GetByTestId("sign-out").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(SignInUrl());
        await page.GotoAsync("/designs");
        await Assertions.Expect(page).ToHaveURLAsync(SignInUrl());
    }

    [Fact]
    public async Task APlainUser_UsesDesigns_ButIsToldOnlyAdministratorsCanChangeSettings()
    {
        var page = await browser.NewPageAsync(app.BaseAddress);
        await page.GotoAsync("/settings");
        await SubmitSignInAsync(page, SignInAppFixture.UserEmail, SignInAppFixture.Password);

        // The full page load of /settings: the policy refuses it before any of the page renders.
        await Assertions.Expect(page.GetByTestId("administrators-only")).ToContainTextAsync("Only administrators can change settings");
        await Assertions.Expect(page.GetByTestId("providers-table")).ToHaveCountAsync(0);

        // In-app navigation: the router applies the same policy.
        await BrowserFixture.GotoInteractiveAsync(page, "/designs");
        await Assertions.Expect(page.GetByTestId("new-design")).ToBeVisibleAsync();
        await page.GetByTestId("nav-settings").ClickAsync();
        await Assertions.Expect(page.GetByTestId("administrators-only")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("providers-table")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task AnAdministrator_GetsTheSettingsPage()
    {
        var page = await browser.NewPageAsync(app.BaseAddress);
        await page.GotoAsync("/settings");
        await SubmitSignInAsync(page, SignInAppFixture.AdministratorEmail, SignInAppFixture.Password);

        await Assertions.Expect(page.GetByTestId("providers-table")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("administrators-only")).ToHaveCountAsync(0);
    }

    private static async Task SubmitSignInAsync(IPage page, string email, string password)
    {
        await page.GetByTestId("sign-in-email").FillAsync(email);
        await page.GetByTestId("sign-in-password").FillAsync(password);
        await page.GetByTestId("sign-in-submit").ClickAsync();
    }

    [GeneratedRegex("/account/sign-in")]
    private static partial Regex SignInUrl();
}
