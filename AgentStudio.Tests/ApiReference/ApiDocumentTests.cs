using System.Text.Json;
using AgentStudio.ApiReference;
using AgentStudio.Endpoints;
using AgentStudio.Security;
using AgentStudio.Security.ApiKeys;
using AgentStudio.Storage;
using AgentStudio.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AgentStudio.Tests.ApiReference;

/// <summary>
/// The OpenAPI document of a small real server composed as Program.cs composes the app (storage, security, the API
/// reference, the sign-in posts and the design export), with endpoints mapped after the document as the API's are.
/// </summary>
public sealed class ApiDocumentTests
{
    private const string ProbePath = "/api/probe/{slug}";

    [Fact]
    public async Task TheDocument_DescribesEveryEndpointThatRequiresAKey_EvenOneMappedLater_AndNothingElse()
    {
        await using var host = await ProbeHost.StartAsync();

        using var document = await host.GetDocumentAsync();

        var paths = document.RootElement.GetProperty("paths");
        var names = paths.EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal([ProbePath], names);
        var post = paths.GetProperty(ProbePath).GetProperty("post");
        Assert.True(post.TryGetProperty("requestBody", out _), post.ToString());
        Assert.Equal("slug", post.GetProperty("parameters")[0].GetProperty("name").GetString());
        var responses = post.GetProperty("responses").EnumerateObject().Select(r => r.Name).ToList();
        Assert.Contains("200", responses);
        Assert.Contains("401", responses);
        Assert.Contains("429", responses);
    }

    [Fact]
    public async Task TheDocument_NamesTheApi_AndRequiresAnApiKeyAsABearerToken()
    {
        await using var host = await ProbeHost.StartAsync();

        using var document = await host.GetDocumentAsync();

        var root = document.RootElement;
        Assert.StartsWith("3.", root.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        Assert.Equal("AgentStudio API", root.GetProperty("info").GetProperty("title").GetString());
        Assert.Contains("Authorization: Bearer", root.GetProperty("info").GetProperty("description").GetString(), StringComparison.Ordinal);
        var scheme = root.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey");
        Assert.Equal("http", scheme.GetProperty("type").GetString());
        Assert.Equal("bearer", scheme.GetProperty("scheme").GetString());
        Assert.True(root.GetProperty("security")[0].TryGetProperty("ApiKey", out _), root.GetProperty("security").ToString());
    }

    /// <summary>The body of the probe endpoint.</summary>
    public sealed record ProbeRequest(string Input);

    /// <summary>The answer of the probe endpoint.</summary>
    public sealed record ProbeAnswer(string Slug, string Input);

    private sealed class ProbeHost(WebApplication app, TemporaryFolder folder) : IAsyncDisposable
    {
        public static async Task<ProbeHost> StartAsync()
        {
            var folder = new TemporaryFolder("agentstudio-openapi");
            var builder = WebApplication.CreateBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            builder.Configuration.AddInMemoryCollection([new("AgentStudio:DataFolder", folder.Path)]);
            builder.Services.AddAgentStudioStorage(builder.Configuration);
            builder.Services.AddAgentStudioSecurity(builder.Configuration);
            builder.Services.AddAgentStudioApiReference();
            var app = builder.Build();
            await app.Services.MigrateAgentStudioDatabaseAsync(TestContext.Current.CancellationToken);
            app.UseAgentStudioSecurity();
            app.MapAgentStudioAccount();
            app.MapDesignExport();
            app.MapAgentStudioApiReference();
            // Mapped after the document, as the API's endpoints are in Program.cs; only the one that requires a key is API.
            app.MapPost(ProbePath, (string slug, ProbeRequest body) => TypedResults.Ok(new ProbeAnswer(slug, body.Input))).RequireApiKey();
            app.MapGet("/probe/page-data", () => "not API");
            await app.StartAsync(TestContext.Current.CancellationToken);
            return new ProbeHost(app, folder);
        }

        public async Task<JsonDocument> GetDocumentAsync()
        {
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            using var http = new HttpClient { BaseAddress = new Uri(address) };
            using var response = await http.GetAsync(ApiReferenceServiceCollectionExtensions.DocumentPath, TestContext.Current.CancellationToken);
            var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {text}");
            return JsonDocument.Parse(text);
        }

        public async ValueTask DisposeAsync()
        {
            await app.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Dispose();
        }
    }
}
