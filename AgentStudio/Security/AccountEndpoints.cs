using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace AgentStudio.Security;

/// <summary>
/// The sign-in and sign-out form posts. Plain HTTP endpoints, not circuit code, because only an HTTP
/// response can set or clear the cookie; the forms carry an antiforgery token, which minimal APIs check
/// for every <c>[FromForm]</c> parameter.
/// </summary>
internal static class AccountEndpoints
{
    /// <summary>The sign-in page.</summary>
    public const string SignInPath = "/account/sign-in";

    /// <summary>Where a signed-in user lacking a role is sent.</summary>
    public const string AccessDeniedPath = "/account/access-denied";

    /// <summary>The sign-out form's target.</summary>
    public const string SignOutPath = "/account/sign-out";

    /// <summary>Maps the sign-in and sign-out posts.</summary>
    public static IEndpointRouteBuilder MapAgentStudioAccount(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(SignInPath, SignInAsync).AllowAnonymous();
        endpoints.MapPost(SignOutPath, SignOutAsync);
        return endpoints;
    }

    private static async Task<IResult> SignInAsync(
        [FromForm] string? email, [FromForm] string? password, [FromForm] string? returnUrl,
        SignInManager<IdentityUser> signInManager)
    {
        var target = LocalOrHome(returnUrl);
        if (!string.IsNullOrWhiteSpace(email) && !string.IsNullOrEmpty(password))
        {
            var user = await signInManager.UserManager.FindByEmailAsync(email.Trim());
            if (user is not null)
            {
                var result = await signInManager.PasswordSignInAsync(user, password, isPersistent: true, lockoutOnFailure: true);
                if (result.Succeeded)
                {
                    return Results.LocalRedirect(target);
                }

                if (result.IsLockedOut)
                {
                    return Results.LocalRedirect(SignInPage(target, "locked"));
                }
            }
        }

        // One message whatever was wrong, so the form does not tell which accounts exist.
        return Results.LocalRedirect(SignInPage(target, "invalid"));
    }

    private static async Task<IResult> SignOutAsync(SignInManager<IdentityUser> signInManager)
    {
        await signInManager.SignOutAsync();
        return Results.LocalRedirect(SignInPath);
    }

    private static string SignInPage(string returnUrl, string error) =>
        $"{SignInPath}?error={error}&returnUrl={Uri.EscapeDataString(returnUrl)}";

    // Only paths of this app: an open redirect would turn the sign-in page into a phishing aid.
    private static string LocalOrHome(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl
            : "/";
}
