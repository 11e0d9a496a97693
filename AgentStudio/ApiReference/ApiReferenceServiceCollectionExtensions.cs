using Scalar.AspNetCore;

namespace AgentStudio.ApiReference;

/// <summary>
/// The API's description: the OpenAPI document at <see cref="DocumentPath"/> and an interactive reference page at
/// <see cref="PagePath"/>. Both are pages of the app, behind the same host rules, origin check and sign-in as the
/// rest; the reference page loads nothing from outside the app, so it works offline.
/// </summary>
internal static class ApiReferenceServiceCollectionExtensions
{
    /// <summary>The OpenAPI document's name.</summary>
    public const string DocumentName = "v1";

    /// <summary>Where the OpenAPI document is served.</summary>
    public const string DocumentPath = $"/openapi/{DocumentName}.json";

    /// <summary>Where the interactive reference page is served (the navigation links it).</summary>
    public const string PagePath = "/api-reference";

    /// <summary>Adds the OpenAPI document: the endpoints that require an API key (<see cref="ApiDocumentContents"/>), whenever they are mapped.</summary>
    public static IServiceCollection AddAgentStudioApiReference(this IServiceCollection services) =>
        services.AddOpenApi(DocumentName, options =>
        {
            var byGroup = options.ShouldInclude;
            options.ShouldInclude = description => byGroup(description) && ApiDocumentContents.ShouldInclude(description);
            options.AddDocumentTransformer<ApiDocumentTransformer>();
            options.AddOperationTransformer<ApiKeyResponsesTransformer>();
        });

    /// <summary>Maps the OpenAPI document and the reference page.</summary>
    public static IEndpointRouteBuilder MapAgentStudioApiReference(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapOpenApi();
        endpoints.MapScalarApiReference(PagePath, options =>
        {
            options.WithTitle("AgentStudio API reference");
            options.AddPreferredSecuritySchemes(ApiDocumentTransformer.SecuritySchemeName);
            // Offline and private: the script is the package's own copy (the default), and the fonts, telemetry, AI chat
            // and MCP features that would call Scalar's servers are off.
            options.DisableDefaultFonts();
            options.DisableTelemetry();
            options.DisableAgent();
            options.DisableMcp();
            // Scalar's developer toolbar (Share, Generate SDK, Deploy) and the sidebar's client button only lead to Scalar's
            // site, the button with this document's address; the page keeps to the app.
            options.HideDeveloperTools();
            options.HideClientButton();
        });
        return endpoints;
    }
}
