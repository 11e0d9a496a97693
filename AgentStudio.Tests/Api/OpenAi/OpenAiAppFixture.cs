using System.Net.Http.Headers;
using AgentStudio.Core.Designs;
using AgentStudio.Core.Templates;
using AgentStudio.Security.ApiKeys;
using AgentStudio.Storage;
using AgentStudio.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AgentStudio.Tests.Api.OpenAi;

/// <summary>
/// One real app (its own process, loopback, simulated model) whose data folder holds, before it starts: the
/// customer-support template published as <see cref="Slug"/>, a design that was never published
/// (<see cref="UnpublishedSlug"/>) and an API key (<see cref="Key"/>), all stored through the app's own storage.
/// </summary>
public class OpenAiAppFixture : IAsyncLifetime
{
    /// <summary>The published customer-support template's slug, the model id OpenAI clients use.</summary>
    public const string Slug = "customer-support-triage";

    /// <summary>The slug of a design that exists and was never published.</summary>
    public const string UnpublishedSlug = "draft-only";

    /// <summary>The API key's name, stored with each run.</summary>
    public const string KeyName = "openai-tests";

    private AppProcess? _app;

    /// <summary>The API key.</summary>
    public string Key { get; private set; } = "";

    internal AppProcess App => _app ?? throw new InvalidOperationException("The fixture is not initialised.");

    /// <summary>A client of the app with the key as its bearer token (none when <paramref name="withKey"/> is false).</summary>
    public HttpClient Client(bool withKey = true)
    {
        var client = new HttpClient { BaseAddress = App.BaseAddress, Timeout = TimeSpan.FromMinutes(2) };
        if (withKey)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Key);
        }

        return client;
    }

    /// <summary>More command-line arguments of the app, for a fixture that configures it otherwise.</summary>
    protected virtual IReadOnlyList<string> MoreArguments => [];

    /// <inheritdoc />
    public async ValueTask InitializeAsync() => _app = await AppProcess.StartBuiltAsync(new AppProcessOptions
    {
        // Short pauses between streamed chunks keep the runs quick and still stream in several chunks.
        Arguments = ["--AgentStudio:Models:SimulatedChunkDelay", "00:00:00.005", "--AgentStudio:Api:RateLimit:PermitLimit", "0", .. MoreArguments],
        PrepareDataFolderAsync = SeedAsync,
    });

    /// <inheritdoc />
    public virtual async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    private async Task SeedAsync(string dataFolder, CancellationToken cancellationToken)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["AgentStudio:DataFolder"] = dataFolder })
            .Build();
        var services = new ServiceCollection().AddLogging().AddAgentStudioStorage(configuration);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ApiKeyStore>();
        await using (var provider = services.BuildServiceProvider())
        {
            await provider.MigrateAgentStudioDatabaseAsync(cancellationToken);
            var designs = provider.GetRequiredService<IDesignStore>();
            var support = await designs.CreateAsync(DesignTemplates.Find("customer-support")!.Design, "Created", cancellationToken);
            var publication = await designs.PublishAsync(support.Id, support.Revision, cancellationToken);
            if (publication.Slug != Slug)
            {
                throw new InvalidOperationException($"The template was published as {publication.Slug}, not {Slug}.");
            }

            await designs.CreateAsync(new DesignDocument { Name = "Draft only" }, "Created", cancellationToken);
            Key = (await provider.GetRequiredService<ApiKeyStore>().CreateAsync(KeyName, cancellationToken)).Secret;
        }

        // The app opens the same database next: no pooled connection of ours may hold it.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}
