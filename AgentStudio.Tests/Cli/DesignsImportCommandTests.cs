using AgentStudio.Cli;
using AgentStudio.Core.Designs;
using AgentStudio.Core.Serialization;
using AgentStudio.Storage;
using AgentStudio.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AgentStudio.Tests.Cli;

/// <summary><c>designs import &lt;file&gt; [--publish]</c> in-process, against a temporary data folder read back through the app's store.</summary>
public sealed class DesignsImportCommandTests : IDisposable
{
    private readonly TemporaryFolder _files = new();
    private readonly TemporaryFolder _dataFolder = new();

    [Fact]
    public async Task Import_PrintsOnlyTheSlug_AndStoresTheDesignUnpublished()
    {
        var file = Write("support.agentstudio.json", DesignSerializer.Write(Solo("Hybrid support")));

        var imported = await RunAsync("designs", "import", file, "--data-folder", _dataFolder.Path);

        Assert.Equal(CliApp.Success, imported.ExitCode);
        Assert.Equal("hybrid-support" + Environment.NewLine, imported.Output);
        Assert.Contains("Imported \"Hybrid support\" from support.agentstudio.json", imported.Error, StringComparison.Ordinal);
        Assert.Contains("not published", imported.Error, StringComparison.Ordinal);
        await using var store = await OpenStoreAsync();
        var designs = await store.Store.ListAsync(cancellationToken: TestContext.Current.CancellationToken);
        var design = Assert.Single(designs);
        Assert.Equal("Hybrid support", design.Name);
        Assert.Null(design.PublishedRevision);
        await Assert.ThrowsAsync<DesignNotPublishedException>(() => store.Store.GetPublishedAsync("hybrid-support", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ImportWithPublish_TheAppsDataFolderSetting_ServesThePublishedRevision_AndASecondImportGetsItsOwnSlug()
    {
        var file = Write("support.agentstudio.json", DesignSerializer.Write(Solo("Hybrid support")));

        var first = await RunAsync("designs", "import", file, "--publish", "--AgentStudio:DataFolder", _dataFolder.Path);
        var second = await RunAsync("designs", "import", file, "--publish", "--AgentStudio:DataFolder", _dataFolder.Path);

        Assert.Equal(CliApp.Success, first.ExitCode);
        Assert.Equal("hybrid-support", first.Output.TrimEnd());
        Assert.Contains("revision 1 is published", first.Error, StringComparison.Ordinal);
        Assert.Equal(CliApp.Success, second.ExitCode);
        Assert.Equal("hybrid-support-2", second.Output.TrimEnd());
        await using var store = await OpenStoreAsync();
        var published = await store.Store.GetPublishedAsync("hybrid-support-2", TestContext.Current.CancellationToken);
        Assert.NotNull(published);
        Assert.Equal(1, published.Revision);
        Assert.Equal("Hybrid support", published.Document.Name);
    }

    [Fact]
    public async Task AMissingFile_OrOneThatDoesNotLoad_ExitsTwo_NamingWhatAndWhere_AndStoresNothing()
    {
        var missing = Path.Combine(_files.Path, "missing.agentstudio.json");
        var broken = Write("broken.agentstudio.json", "{\"format\":\"agentstudio.design\",\"version\":1,\"name\":\"\\ud800\"}");

        var gone = await RunAsync("designs", "import", missing, "--data-folder", _dataFolder.Path);
        var unreadable = await RunAsync("designs", "import", broken, "--data-folder", _dataFolder.Path);

        Assert.Equal(CliApp.InvalidInput, gone.ExitCode);
        Assert.Equal($"error: {missing} does not exist.", gone.Error.TrimEnd());
        Assert.Equal(CliApp.InvalidInput, unreadable.ExitCode);
        Assert.Equal("", unreadable.Output);
        Assert.Contains("broken.agentstudio.json does not load, so nothing was imported", unreadable.Error, StringComparison.Ordinal);
        Assert.Contains("error $.name: ", unreadable.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", unreadable.Error, StringComparison.Ordinal);
        await using var store = await OpenStoreAsync();
        Assert.Empty(await store.Store.ListAsync(cancellationToken: TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ADesignWithValidationErrors_IsRefusedForPublish_WithTheProblemPaths_ButImportedAsADraftWithout()
    {
        var file = Write("no-entry.agentstudio.json", DesignSerializer.Write(Solo("No entry") with { Entry = null }));

        var refused = await RunAsync("designs", "import", file, "--publish", "--data-folder", _dataFolder.Path);
        int countAfterRefusal;
        await using (var store = await OpenStoreAsync())
        {
            countAfterRefusal = (await store.Store.ListAsync(cancellationToken: TestContext.Current.CancellationToken)).Count;
        }

        var draft = await RunAsync("designs", "import", file, "--data-folder", _dataFolder.Path);

        Assert.Equal(CliApp.InvalidInput, refused.ExitCode);
        Assert.Equal("", refused.Output);
        Assert.Contains("no-entry.agentstudio.json has validation errors, so it cannot be published; nothing was imported", refused.Error, StringComparison.Ordinal);
        Assert.Matches(@"AS\d{4} error \$\.entry: ", refused.Error);
        Assert.Equal(0, countAfterRefusal);
        Assert.Equal(CliApp.Success, draft.ExitCode);
        Assert.Equal("no-entry", draft.Output.TrimEnd());
        Assert.Contains("cannot be published until they are fixed", draft.Error, StringComparison.Ordinal);
        Assert.Matches(@"AS\d{4} error \$\.entry: ", draft.Error);
    }

    [Fact]
    public void DesignsImport_IsAVerb_SoItDoesNotStartTheWebServer()
    {
        Assert.True(CliApp.IsCliInvocation(["designs", "import", "x.agentstudio.json"]));
    }

    private static DesignDocument Solo(string name) => new()
    {
        Name = name,
        Entry = "solo",
        Agents = [new AgentDefinition { Id = "solo", Name = "SoloAgent", Instructions = "Answer briefly." }],
    };

    private string Write(string name, string text)
    {
        var path = Path.Combine(_files.Path, name);
        File.WriteAllText(path, text);
        return path;
    }

    // Migrated first: a refused import never opens the database, so it may not exist yet.
    private async Task<StoreScope> OpenStoreAsync()
    {
        var scope = new StoreScope(_dataFolder.Path);
        await scope.MigrateAsync();
        return scope;
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await CliApp.RunAsync(args, TextReader.Null, output, error, TestContext.Current.CancellationToken);
        return (exitCode, output.ToString(), error.ToString());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _dataFolder.Dispose();
        _files.Dispose();
    }

    // The app's own store on the verb's data folder, to read back what the verb wrote.
    private sealed class StoreScope(string dataFolder) : IAsyncDisposable
    {
        private readonly ServiceProvider _services = new ServiceCollection().AddLogging()
            .AddAgentStudioStorage(new ConfigurationBuilder().AddInMemoryCollection([new("AgentStudio:DataFolder", dataFolder)]).Build())
            .BuildServiceProvider();

        public IDesignStore Store => _services.GetRequiredService<IDesignStore>();

        public Task MigrateAsync() => _services.MigrateAgentStudioDatabaseAsync(TestContext.Current.CancellationToken);

        public async ValueTask DisposeAsync()
        {
            await _services.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        }
    }
}
