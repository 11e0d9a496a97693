using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace AgentStudio.ApiReference;

/// <summary>
/// Names the document and declares how every operation in it is authenticated: an API key as a bearer token, the only
/// credential the API accepts (<see cref="ApiDocumentContents"/> keeps everything else out).
/// </summary>
internal sealed class ApiDocumentTransformer : IOpenApiDocumentTransformer
{
    /// <summary>The security scheme's name in <c>components.securitySchemes</c>.</summary>
    public const string SecuritySchemeName = "ApiKey";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "AgentStudio API",
            Version = context.DocumentName,
            Description = "Run the published revision of a design over HTTP: the run API streams the run events of the "
                + "playground, and the OpenAI-compatible endpoints serve each published design as a model named by its slug. "
                + "Every call needs `Authorization: Bearer <key>` with an API key from Settings → API keys "
                + "(or `dotnet run --project AgentStudio -- api-key create <name>`).",
        };
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[SecuritySchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "as_…",
            Description = "An AgentStudio API key. A missing, wrong or revoked key is answered 401 with an OpenAI-style error body.",
        };
        document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SecuritySchemeName, document)] = [] }];
        return Task.CompletedTask;
    }
}
