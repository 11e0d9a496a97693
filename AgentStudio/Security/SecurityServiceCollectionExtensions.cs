using AgentStudio.Security.ApiKeys;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace AgentStudio.Security;

/// <summary>Registers and applies who may reach the app: host names, origins, sign-in and roles.</summary>
internal static class SecurityServiceCollectionExtensions
{
    /// <summary>
    /// Adds host filtering defaults, authentication (the local administrator on loopback, Identity's
    /// cookie when sign-in is required, API keys for the API), the <see cref="SecurityPolicies"/> and a fallback
    /// policy that requires an authenticated user everywhere unless an endpoint allows anonymous access.
    /// </summary>
    public static IServiceCollection AddAgentStudioSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        var signIn = SignInRequirement.From(configuration);
        services.AddSingleton(signIn);
        services.Configure<SecurityOptions>(configuration.GetSection(SecurityOptions.SectionName));
        // Set before the framework's own post-configuration, which would otherwise default to "*".
        services.Configure<HostFilteringOptions>(options => options.AllowedHosts = AllowedHosts(configuration));

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = signIn.IsRequired ? IdentityConstants.ApplicationScheme : LocalAdministratorAuthenticationHandler.SchemeName;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddScheme<AuthenticationSchemeOptions, LocalAdministratorAuthenticationHandler>(LocalAdministratorAuthenticationHandler.SchemeName, configureOptions: null)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, configureOptions: null)
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = "AgentStudio.Auth";
            cookie.LoginPath = AccountEndpoints.SignInPath;
            cookie.AccessDeniedPath = AccountEndpoints.AccessDeniedPath;
        });
        services.AddAgentStudioAccountStore().AddSignInManager();
        services.AddCascadingAuthenticationState();
        services.AddAgentStudioApiKeys(configuration);

        services.AddAuthorizationBuilder()
            .AddPolicy(SecurityPolicies.Administrator, policy => policy.RequireRole(SecurityPolicies.AdministratorRole))
            // Only the key's scheme: on loopback the local administrator would otherwise let any caller in.
            .AddPolicy(SecurityPolicies.ApiKey, policy => policy.AddAuthenticationSchemes(ApiKeyAuthenticationHandler.SchemeName).RequireAuthenticatedUser())
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return services;
    }

    /// <summary>
    /// Refuses foreign origins, then authenticates and authorizes, then applies the API's per-key rate limits (after
    /// authorization, so a request without a valid key is refused before it counts); place before <c>UseAntiforgery</c>.
    /// </summary>
    public static IApplicationBuilder UseAgentStudioSecurity(this IApplicationBuilder app)
    {
        LogWhoCanReachTheApp(app.ApplicationServices);
        app.UseMiddleware<OriginCheckMiddleware>();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        return app;
    }

    // One line at start-up saying which door is in force, so a refused host name or a sign-in page is no surprise.
    private static void LogWhoCanReachTheApp(IServiceProvider services)
    {
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("AgentStudio.Security");
        var hosts = services.GetRequiredService<IOptions<HostFilteringOptions>>().Value.AllowedHosts;
        if (!services.GetRequiredService<SignInRequirement>().IsRequired)
        {
            logger.LogInformation("Sign-in is off: only this machine can use AgentStudio. Host names answered: {Hosts}", string.Join(";", hosts));
        }
        else if (hosts.All(LoopbackHosts.IsLoopback))
        {
            logger.LogWarning("Sign-in is required, but AgentStudio answers only to {Hosts}: set AllowedHosts to the host name people use to reach it.", string.Join(";", hosts));
        }
        else
        {
            logger.LogInformation("Sign-in is required. Host names answered: {Hosts}", string.Join(";", hosts));
        }
    }

    private static List<string> AllowedHosts(IConfiguration configuration)
    {
        var configured = configuration["AllowedHosts"]?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return [.. configured is { Length: > 0 } ? configured : LoopbackHosts.DefaultAllowedHosts];
    }
}
