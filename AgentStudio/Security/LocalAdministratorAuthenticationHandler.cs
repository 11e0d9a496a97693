using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace AgentStudio.Security;

/// <summary>
/// The zero-setup mode on loopback: every request from this machine is the local administrator, so pages
/// and endpoints use the same authorization checks whether or not sign-in is required.
/// </summary>
/// <remarks>
/// A request from another machine is never authenticated here, in case the app is reached in a way the
/// start-up check did not foresee; such requests get 403.
/// </remarks>
internal sealed class LocalAdministratorAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>The scheme's name.</summary>
    public const string SchemeName = "LocalAdministrator";

    /// <summary>The name the local user is shown under.</summary>
    public const string UserName = "Local user";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        // No remote address means an in-process server (tests): nothing came over the network.
        var remote = Context.Connection.RemoteIpAddress;
        if (remote is not null && !LoopbackHosts.IsLoopback(remote))
        {
            return Task.FromResult(AuthenticateResult.Fail("Only this machine may use AgentStudio without signing in."));
        }

        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, UserName), new Claim(ClaimTypes.Role, SecurityPolicies.AdministratorRole)],
            SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    // A body keeps the status-code pages from replacing the refusal with a page of the app.
    protected override Task HandleChallengeAsync(AuthenticationProperties properties) => RefuseAsync();

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) => RefuseAsync();

    private Task RefuseAsync()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return Response.WriteAsync("AgentStudio answers only this machine unless sign-in is required (AgentStudio:Security:RequireSignIn).");
    }
}
