using System.Text.Json;
using AgentStudio.Cli;
using AgentStudio.Core.Designs;
using AgentStudio.Core.Running.Models.Providers;
using AgentStudio.Core.Serialization;
using AgentStudio.Running;
using AgentStudio.Settings;
using AgentStudio.Storage;
using AgentStudio.Tests.Fakes;
using AgentStudio.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AgentStudio.Tests.Cli;

/// <summary>
/// <c>run</c> answers with the model providers saved on the settings page (providers.json in the data folder, its key
/// encrypted with the data folder's key ring), not only with those of configuration.
/// </summary>
public sealed class RunCommandSettingsProviderTests : IAsyncLifetime
{
    private const string Key = "sk-saved-on-settings-page-7731";
    private readonly TemporaryFolder _data = new("agentstudio-cli-data");
    private readonly TemporaryFolder _files = new();
    private FakeOpenAIServer _server = null!;
    private string _design = null!;

    public async ValueTask InitializeAsync()
    {
        _server = await FakeOpenAIServer.StartAsync();
        _server.ThenText("Answered by ", "the saved provider.");
        _design = Path.Combine(_files.Path, "solo.agentstudio.json");
        await File.WriteAllTextAsync(_design, DesignSerializer.Write(new DesignDocument
        {
            Name = "Solo",
            Entry = "solo",
            Agents = [new AgentDefinition { Id = "solo", Name = "SoloAgent", Instructions = "Answer briefly.", Model = "saved-model" }],
        }), TestContext.Current.CancellationToken);
        SaveProviderAsTheSettingsPageDoes(new ProviderRecord { Name = "saved", Kind = ModelProviderKind.OpenAICompatible, Endpoint = _server.BaseAddress.ToString(), Models = ["saved-model"] });
    }

    [Fact]
    public async Task InProcess_WithTheDataFolder_ReachesTheSavedProvider_WithItsDecryptedKey()
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();

        var exitCode = await CliApp.RunAsync(["run", _design, "--input", "hello", "--events", "jsonl", "--data-folder", _data.Path], output, errors, TestContext.Current.CancellationToken);

        Assert.True(exitCode == CliApp.Success, $"{output}\n{errors}");
        AssertTheSavedProviderAnswered(output.ToString());
    }

    [Fact]
    public async Task ThroughTheRealEntryPoint_WithTheDataFolderFromTheEnvironment_ReachesTheSavedProvider()
    {
        var dll = Path.Combine(RepositoryPaths.AppBuildOutput, "AgentStudio.dll");
        var environment = new Dictionary<string, string?>
        {
            ["AgentStudio__DataFolder"] = _data.Path,
            ["OPENAI_API_KEY"] = null,
            ["AZURE_OPENAI_API_KEY"] = null,
            ["AZURE_OPENAI_ENDPOINT"] = null,
        };

        var (exitCode, output) = await DotnetCli.RunAsync([dll, "run", _design, "--input", "hello", "--events", "jsonl"], TestContext.Current.CancellationToken, throwOnFailure: false, environment: environment);

        Assert.True(exitCode == CliApp.Success, output);
        AssertTheSavedProviderAnswered(output);
    }

    private void AssertTheSavedProviderAnswered(string output)
    {
        var request = Assert.Single(_server.Requests);
        Assert.Equal($"Bearer {Key}", request.Authorization);
        Assert.Equal("saved-model", request.Body["model"]?.GetValue<string>());
        var last = JsonDocument.Parse(output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Last(l => l.StartsWith('{'))).RootElement;
        Assert.Equal("run_completed", last.GetProperty("type").GetString());
        Assert.Equal("Answered by the saved provider.", last.GetProperty("finalOutput").GetString());
        Assert.DoesNotContain(Key, output, StringComparison.Ordinal);
    }

    // The web app's own composition over the same data folder: the key is encrypted with the folder's key ring.
    private void SaveProviderAsTheSettingsPageDoes(ProviderRecord provider)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([new($"{StorageOptions.SectionName}:{nameof(StorageOptions.DataFolder)}", _data.Path)])
            .Build();
        using var services = new ServiceCollection().AddLogging().AddAgentStudioEngine(configuration).BuildServiceProvider();
        services.GetRequiredService<ProviderSettingsStore>().Save(provider, Key);
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        _data.Dispose();
        _files.Dispose();
    }
}
