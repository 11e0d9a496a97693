using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace AgentStudio.Security.ApiKeys;

/// <summary>
/// Authenticates API calls by <c>Authorization: Bearer as_…</c>. Only endpoints that require
/// <see cref="SecurityPolicies.ApiKey"/> use it: a browser's sign-in cookie or the local administrator never
/// stand in for a key. A missing, unknown or revoked key is answered 401 with an OpenAI-style error body before
/// the endpoint runs, so it costs no model call.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiKeyStore keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>The scheme's name.</summary>
    public const string SchemeName = "ApiKey";

    /// <summary>The claim holding the key's id, which partitions the rate limits and owns conversations and runs.</summary>
    public const string KeyIdClaim = "agentstudio:api_key_id";

    /// <summary>The name of the key that signed a request in; endpoints behind <c>RequireApiKey</c> always have one.</summary>
    /// <remarks>A name is unique only among keys in use (a revoked key's name can be given again): it labels, never owns.</remarks>
    public static string KeyNameOf(ClaimsPrincipal user) =>
        user.Identity?.Name ?? throw new InvalidOperationException("An API endpoint ran without an API key.");

    /// <summary>The id of the key that signed a request in: what its conversations and runs belong to.</summary>
    public static Guid KeyIdOf(ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirst(KeyIdClaim)?.Value, out var id) ? id : throw new InvalidOperationException("An API endpoint ran without an API key.");

    private const string BearerPrefix = "Bearer ";

    private ApiKeyCheck? _check;

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers[HeaderNames.Authorization].ToString();
        if (header.Length == 0)
        {
            return AuthenticateResult.NoResult();
        }

        if (!header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            _check = ApiKeyCheck.Unknown;
            return AuthenticateResult.Fail("The Authorization header is not a bearer key.");
        }

        var (check, key) = await keys.AuthenticateAsync(header[BearerPrefix.Length..].Trim(), Context.RequestAborted);
        _check = check;
        if (check != ApiKeyCheck.Valid || key is null)
        {
            return AuthenticateResult.Fail(check == ApiKeyCheck.Revoked ? "The API key was revoked." : "The API key is not known.");
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, key.Name), new Claim(KeyIdClaim, key.Id.ToString())], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        var message = _check switch
        {
            null => "You didn't provide an API key. Send it as 'Authorization: Bearer <key>'; create one on AgentStudio's Settings page or with 'api-key create <name>'.",
            ApiKeyCheck.Revoked => "The API key provided was revoked. Create a new one on the Settings page.",
            _ => "Incorrect API key provided. Keys start with 'as_'; create one on the Settings page or with 'api-key create <name>'.",
        };
        return ApiErrorBody.WriteAsync(Response, StatusCodes.Status401Unauthorized, message, "invalid_request_error", "invalid_api_key");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        ApiErrorBody.WriteAsync(Response, StatusCodes.Status403Forbidden, "This API key may not call this endpoint.", "invalid_request_error", "forbidden");
}
