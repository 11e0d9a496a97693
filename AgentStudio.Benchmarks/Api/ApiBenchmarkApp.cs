using AgentStudio.Api;
using AgentStudio.Core.Templates;
using AgentStudio.Running;
using AgentStudio.Security;
using AgentStudio.Security.ApiKeys;
using AgentStudio.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AgentStudio.Benchmarks.Api;

/// <summary>
/// AgentStudio's run API served by Kestrel on 127.0.0.1 (a free port) in this process, composed as Program.cs composes
/// it (storage, engine, security, API; the Blazor pages are left out, no API request reaches them), on its own
/// temporary data folder. The simulated model streams with no pause between chunks, the per-key rate limit is off, and
/// the customer-support template is published with an API key made through the app's own <see cref="ApiKeyStore"/>.
/// </summary>
internal sealed class ApiBenchmarkApp : IAsyncDisposable
{
    /// <summary>The template the benchmark runs.</summary>
    public const string TemplateId = "customer-support";

    private readonly WebApplication _app;
    private readonly DirectoryInfo _dataFolder;

    private ApiBenchmarkApp(WebApplication app, DirectoryInfo dataFolder, Uri baseAddress, string slug, string key)
    {
        _app = app;
        _dataFolder = dataFolder;
        BaseAddress = baseAddress;
        Slug = slug;
        Key = key;
    }

    /// <summary>Where the app listens.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The published design's slug.</summary>
    public string Slug { get; }

    /// <summary>The API key's secret; never printed.</summary>
    public string Key { get; }

    /// <summary>Starts the app, publishes the template and makes a key.</summary>
    public static async Task<ApiBenchmarkApp> StartAsync(CancellationToken cancellationToken = default)
    {
        var dataFolder = Directory.CreateTempSubdirectory("agentstudio-bench-api-");
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = dataFolder.FullName });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        // Per-request log lines would measure the console, not the API.
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{StorageOptions.SectionName}:DataFolder"] = dataFolder.FullName,
            [$"{ModelProvidersConfiguration.Section}:SimulatedChunkDelay"] = "00:00:00",
            [$"{ApiRateLimitOptions.SectionName}:PermitLimit"] = "0",
        });
        builder.Services.AddAgentStudioStorage(builder.Configuration);
        builder.Services.AddAgentStudioEngine(builder.Configuration);
        builder.Services.AddAgentStudioSecurity(builder.Configuration);
        builder.Services.AddAgentStudioApi(builder.Configuration);
        var app = builder.Build();
        await app.Services.MigrateAgentStudioDatabaseAsync(cancellationToken);
        app.UseAgentStudioSecurity();
        app.MapRunApi();
        await app.StartAsync(cancellationToken);
        var baseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

        var designs = app.Services.GetRequiredService<IDesignStore>();
        var template = DesignTemplates.Find(TemplateId) ?? throw new InvalidOperationException($"The template \"{TemplateId}\" is gone.");
        var created = await designs.CreateAsync(template.Design, "Benchmark", cancellationToken);
        await designs.PublishAsync(created.Id, created.Revision, cancellationToken);
        var published = await designs.GetAsync(created.Id, cancellationToken: cancellationToken);
        var key = await app.Services.GetRequiredService<ApiKeyStore>().CreateAsync("benchmark", cancellationToken);
        return new ApiBenchmarkApp(app, dataFolder, baseAddress, published!.Slug!, key.Secret);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _dataFolder.Delete(recursive: true);
    }
}
