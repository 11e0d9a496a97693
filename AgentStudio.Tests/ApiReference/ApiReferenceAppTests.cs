using System.Net;
using System.Text.Json;
using AgentStudio.ApiReference;
using AgentStudio.Tests.Security;

namespace AgentStudio.Tests.ApiReference;

/// <summary>
/// The OpenAPI document and the reference page of the real app on loopback: served under the app's host and origin
/// rules, with no page, sign-in post or download in the document, and the reference page's script served by the app.
/// </summary>
[Collection(SecurityAppCollection.Name)]
public sealed class ApiReferenceAppTests(LoopbackAppFixture fixture) : IClassFixture<LoopbackAppFixture>
{
    [Fact]
    public async Task TheDocument_HoldsOnlyApiPaths_NoPageSignInOrDownload()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var http = NewClient();

        using var response = await http.GetAsync(ApiReferenceServiceCollectionExtensions.DocumentPath, cancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        Assert.Equal("AgentStudio API", document.RootElement.GetProperty("info").GetProperty("title").GetString());
        var paths = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.All(paths, path => Assert.True(path.StartsWith("/api/", StringComparison.Ordinal) || path.StartsWith("/v1/", StringComparison.Ordinal), path));
        Assert.Equal(["/api/designs", "/api/designs/{slug}/runs", "/api/runs/{runId}", "/v1/chat/completions", "/v1/models", "/v1/models/{model}"], paths.Order(StringComparer.Ordinal));
        // Operations are grouped by the API they belong to, not by the class that maps them.
        var tags = document.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(operation => (p.Name, Tag: operation.Value.GetProperty("tags")[0].GetString())));
        Assert.All(tags, t => Assert.Equal(t.Name.StartsWith("/v1/", StringComparison.Ordinal) ? "OpenAI-compatible API" : "Run API", t.Tag));
    }

    [Fact]
    public async Task TheReferencePage_LoadsItsScriptFromTheApp_WithoutCdnFontsOrTelemetry()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var http = NewClient();

        using var page = await http.GetAsync($"{ApiReferenceServiceCollectionExtensions.PagePath}/", cancellationToken);
        var html = await page.Content.ReadAsStringAsync(cancellationToken);
        using var script = await http.GetAsync($"{ApiReferenceServiceCollectionExtensions.PagePath}/scalar.js", cancellationToken);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<script src=\"scalar.js\"></script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("cdn.jsdelivr.net", html, StringComparison.Ordinal);
        Assert.Contains("\"withDefaultFonts\":false", html, StringComparison.Ordinal);
        Assert.Contains("\"telemetry\":false", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/openapi/v1.json")]
    [InlineData("/api-reference/")]
    public async Task TheDocumentAndPage_RefuseAForeignOrigin_AndAForeignHostName(string path)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var http = NewClient();
        using var foreignOrigin = new HttpRequestMessage(HttpMethod.Get, path);
        foreignOrigin.Headers.Add("Origin", "http://attacker.example");
        using var foreignHost = new HttpRequestMessage(HttpMethod.Get, path);
        foreignHost.Headers.Host = "attacker.example";

        using var byOrigin = await http.SendAsync(foreignOrigin, cancellationToken);
        using var byHost = await http.SendAsync(foreignHost, cancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, byOrigin.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, byHost.StatusCode);
    }

    private HttpClient NewClient() => new(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = fixture.App.BaseAddress };
}
