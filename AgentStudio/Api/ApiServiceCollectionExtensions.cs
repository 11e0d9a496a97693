namespace AgentStudio.Api;

/// <summary>Registers the HTTP API's services; needs the engine, the stores and API keys.</summary>
internal static class ApiServiceCollectionExtensions
{
    /// <summary>Adds <see cref="PublishedDesignRuns"/>, the API conversations and <see cref="ApiOptions"/> from <see cref="ApiOptions.SectionName"/>.</summary>
    public static IServiceCollection AddAgentStudioApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ApiOptions>()
            .Bind(configuration.GetSection(ApiOptions.SectionName))
            .Validate(options => options.MaxRequestBodySize > 0, $"{ApiOptions.SectionName}:MaxRequestBodySize must be a positive number of bytes (e.g. 1048576).")
            .ValidateOnStart();
        services.AddSingleton<ApiConversations>();
        services.AddSingleton<PublishedDesignRuns>();
        return services;
    }
}
