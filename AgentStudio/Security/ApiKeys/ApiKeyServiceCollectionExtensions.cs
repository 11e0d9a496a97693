using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace AgentStudio.Security.ApiKeys;

/// <summary>Registers API keys (the store and the per-key rate limits) and marks the endpoints that require a key.</summary>
internal static class ApiKeyServiceCollectionExtensions
{
    /// <summary>The rate-limiting policy of API endpoints: a fixed window per key.</summary>
    public const string RateLimitPolicy = "api-key";

    /// <summary>Adds <see cref="ApiKeyStore"/> and the per-key rate limiter configured from <see cref="ApiRateLimitOptions.SectionName"/>.</summary>
    public static IServiceCollection AddAgentStudioApiKeys(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<ApiKeyStore>();
        services.AddOptions<ApiRateLimitOptions>()
            .Bind(configuration.GetSection(ApiRateLimitOptions.SectionName))
            .Validate(options => options.Window > TimeSpan.Zero, $"{ApiRateLimitOptions.SectionName}:Window must be longer than zero (e.g. 00:01:00).")
            .ValidateOnStart();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(RateLimitPolicy, context =>
            {
                var options = context.RequestServices.GetRequiredService<IOptions<ApiRateLimitOptions>>().Value;
                // Authorization runs first, so only requests with a valid key get here; the key's id is the partition.
                var keyId = context.User.FindFirst(ApiKeyAuthenticationHandler.KeyIdClaim)?.Value;
                return keyId is null || options.PermitLimit <= 0
                    ? RateLimitPartition.GetNoLimiter("")
                    : RateLimitPartition.GetFixedWindowLimiter(keyId, _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = options.PermitLimit,
                        Window = options.Window,
                        QueueLimit = 0,
                    });
            });
            limiter.OnRejected = RejectAsync;
        });
        return services;
    }

    /// <summary>Requires a valid API key (<see cref="SecurityPolicies.ApiKey"/>) and applies the per-key rate limit.</summary>
    public static TBuilder RequireApiKey<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(SecurityPolicies.ApiKey).RequireRateLimiting(RateLimitPolicy);

    private static ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var options = context.HttpContext.RequestServices.GetRequiredService<IOptions<ApiRateLimitOptions>>().Value;
        var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : options.Window;
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var name = context.HttpContext.User.Identity?.Name;
        var message = $"Rate limit reached for API key \"{name}\": at most {options.PermitLimit} requests per {options.Window:c}. Try again in {seconds} s.";
        return new ValueTask(ApiErrorBody.WriteAsync(context.HttpContext.Response, StatusCodes.Status429TooManyRequests, message, "requests", "rate_limit_exceeded"));
    }
}
