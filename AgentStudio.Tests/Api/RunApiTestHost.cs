using AgentStudio.Api;
using AgentStudio.Core.Designs;
using AgentStudio.Core.Running.Models;
using AgentStudio.Core.Running.Models.Simulated;
using AgentStudio.Core.Templates;
using AgentStudio.Running;
using AgentStudio.Security;
using AgentStudio.Security.ApiKeys;
using AgentStudio.Storage;
using AgentStudio.Tests.Fakes;
using AgentStudio.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AgentStudio.Tests.Api;

/// <summary>
/// A real server (Kestrel on 127.0.0.1, a temporary data folder) composed as Program.cs composes the app's engine,
/// storage, security and API, with every model served by one simulated model behind a <see cref="RecordingChatClient"/>,
/// so tests see each model call and its cancellation token. Designs are made from the built-in templates.
/// </summary>
internal sealed class RunApiTestHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TemporaryFolder _folder;

    private RunApiTestHost(WebApplication app, TemporaryFolder folder, RecordingChatClient model)
    {
        _app = app;
        _folder = folder;
        Model = model;
    }

    /// <summary>Where the server listens.</summary>
    public Uri BaseAddress { get; private set; } = default!;

    /// <summary>Every model call of every run.</summary>
    public RecordingChatClient Model { get; }

    /// <summary>The app's services.</summary>
    public IServiceProvider Services => _app.Services;

    public IDesignStore Designs => Services.GetRequiredService<IDesignStore>();

    public IRunStore Runs => Services.GetRequiredService<IRunStore>();

    public PublishedDesignRuns PublishedRuns => Services.GetRequiredService<PublishedDesignRuns>();

    /// <summary>Starts a server whose simulated model pauses <paramref name="chunkDelay"/> between chunks, with the given settings besides.</summary>
    public static async Task<RunApiTestHost> StartAsync(TimeSpan? chunkDelay = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var folder = new TemporaryFolder("agentstudio-runapi");
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection([new("AgentStudio:DataFolder", folder.Path), .. settings ?? new Dictionary<string, string?>()]);
        var model = new RecordingChatClient(new SimulatedChatClient(new SimulatedModelOptions { ChunkDelay = chunkDelay ?? TimeSpan.Zero }));
        // Registered before the engine, whose TryAdd then keeps it: the app's runner calls this model for every agent.
        builder.Services.AddSingleton<IModelProvider>(new SingleClientModelProvider(model, "simulated"));
        builder.Services.AddAgentStudioStorage(builder.Configuration);
        builder.Services.AddAgentStudioEngine(builder.Configuration);
        builder.Services.AddAgentStudioSecurity(builder.Configuration);
        builder.Services.AddAgentStudioApi(builder.Configuration);
        var app = builder.Build();
        var host = new RunApiTestHost(app, folder, model);
        await app.Services.MigrateAgentStudioDatabaseAsync(TestContext.Current.CancellationToken);
        app.UseAgentStudioSecurity();
        app.MapRunApi();
        await app.StartAsync(TestContext.Current.CancellationToken);
        host.BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return host;
    }

    /// <summary>Stores the template <paramref name="templateId"/> as a new design and publishes its first revision; returns it as stored.</summary>
    public async Task<StoredDesign> PublishTemplateAsync(string templateId = "customer-support")
    {
        var stored = await CreateTemplateAsync(templateId);
        await Designs.PublishAsync(stored.Id, stored.Revision, TestContext.Current.CancellationToken);
        return (await Designs.GetAsync(stored.Id, cancellationToken: TestContext.Current.CancellationToken))!;
    }

    /// <summary>Stores the template <paramref name="templateId"/> as a new design, unpublished.</summary>
    public Task<StoredDesign> CreateTemplateAsync(string templateId = "customer-support") =>
        Designs.CreateAsync(DesignTemplates.Find(templateId)!.Design, "Created", TestContext.Current.CancellationToken);

    /// <summary>A new API key's secret.</summary>
    public async Task<string> CreateKeyAsync(string name = "ci") =>
        (await Services.GetRequiredService<ApiKeyStore>().CreateAsync(name, TestContext.Current.CancellationToken)).Secret;

    /// <summary>A client of the server, with <c>Authorization: Bearer <paramref name="key"/></c> when a key is given.</summary>
    public HttpClient Client(string? key = null)
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        if (key is not null)
        {
            client.DefaultRequestHeaders.Authorization = new("Bearer", key);
        }

        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
