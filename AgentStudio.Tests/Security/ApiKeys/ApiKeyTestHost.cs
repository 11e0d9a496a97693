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

namespace AgentStudio.Tests.Security.ApiKeys;

/// <summary>
/// A small real server (Kestrel on 127.0.0.1) with the app's storage and security, as Program.cs composes them, and one
/// endpoint that requires an API key, as the API's endpoints will: <c>GET /v1/whoami</c> answers the key's name and
/// counts its calls, so a test can tell that a refused request never reached it.
/// </summary>
internal sealed class ApiKeyTestHost : IAsyncDisposable
{
    /// <summary>The endpoint's path.</summary>
    public const string Path = "/v1/whoami";

    private readonly WebApplication _app;
    private readonly TemporaryFolder? _ownFolder;
    private int _calls;

    private ApiKeyTestHost(WebApplication app, TemporaryFolder? ownFolder)
    {
        _app = app;
        _ownFolder = ownFolder;
    }

    /// <summary>Where the server listens.</summary>
    public Uri BaseAddress { get; private set; } = default!;

    /// <summary>How many requests the endpoint has answered.</summary>
    public int Calls => Volatile.Read(ref _calls);

    /// <summary>The app's key store.</summary>
    public ApiKeyStore Keys => _app.Services.GetRequiredService<ApiKeyStore>();

    /// <summary>Starts a server on <paramref name="dataFolder"/> (a temporary one when null) with the given settings besides.</summary>
    public static async Task<ApiKeyTestHost> StartAsync(string? dataFolder = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var ownFolder = dataFolder is null ? new TemporaryFolder("agentstudio-apikeys") : null;
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection([new("AgentStudio:DataFolder", dataFolder ?? ownFolder!.Path), .. settings ?? new Dictionary<string, string?>()]);
        builder.Services.AddAgentStudioStorage(builder.Configuration);
        builder.Services.AddAgentStudioSecurity(builder.Configuration);
        var app = builder.Build();
        var host = new ApiKeyTestHost(app, ownFolder);
        await app.Services.MigrateAgentStudioDatabaseAsync(TestContext.Current.CancellationToken);
        app.UseAgentStudioSecurity();
        app.MapGet(Path, (HttpContext context) =>
        {
            Interlocked.Increment(ref host._calls);
            return Results.Text(context.User.Identity?.Name ?? "");
        }).RequireApiKey();
        await app.StartAsync(TestContext.Current.CancellationToken);
        host.BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return host;
    }

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
        _ownFolder?.Dispose();
    }
}
