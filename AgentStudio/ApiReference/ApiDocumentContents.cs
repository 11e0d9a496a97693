using AgentStudio.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApiExplorer;

namespace AgentStudio.ApiReference;

/// <summary>
/// Which endpoints the OpenAPI document describes: exactly those an API key opens (<c>RequireApiKey()</c>), wherever and
/// whenever they are mapped. The app's pages, its sign-in posts and the downloads a signed-in user takes from the
/// designs and runs pages are not part of the API a script calls, so they stay out.
/// </summary>
internal static class ApiDocumentContents
{
    /// <summary>Whether <paramref name="description"/> belongs in the document: it requires the <see cref="SecurityPolicies.ApiKey"/> policy.</summary>
    public static bool ShouldInclude(ApiDescription description) =>
        description.ActionDescriptor.EndpointMetadata.OfType<IAuthorizeData>().Any(data => data.Policy == SecurityPolicies.ApiKey);
}
