using System.Text;
using AgentStudio.Core.Running;
using AgentStudio.Core.Running.Compilation;
using AgentStudio.Core.Running.Events;
using AgentStudio.Core.Running.Models;
using AgentStudio.Core.Running.Models.Providers;
using AgentStudio.Core.Running.Tools;
using AgentStudio.Core.Serialization;
using AgentStudio.Core.Templates;
using AgentStudio.Tests.Fakes;
using AgentStudio.Tests.Support;

namespace AgentStudio.Tests.Security;

/// <summary>
/// Attack: a model server answering 401 with the Authorization header it received put the full key into the run's
/// error, its events, its trace and the CLI's output. Every known secret is now masked where text enters the engine.
/// </summary>
public sealed class KeyEchoAttackTests : IDisposable
{
    private const string Key = "sk-echo-test-key-ABCDEF123456";
    private readonly TemporaryFolder _folder = new();

    [Fact]
    public async Task AnEchoedKey_ReachesNoEventTraceOrResult()
    {
        await using var server = await FakeOpenAIServer.StartAsync();
        server.ThenEchoAuthorization();
        var models = new ModelCatalog([new OpenAIModelSource(Provider(server))]);
        var tools = new ToolServices { Masker = new SecretMasker(() => [Key]) };
        await using var design = DesignCompiler.Compile(DesignSerializer.Load(DesignTemplates.ReadJson("customer-support")).Design!).Design!;

        await using var run = new AgentRunner(models, tools).Start(design, "hello", cancellationToken: TestContext.Current.CancellationToken);
        var seen = new StringBuilder();
        await foreach (var runEvent in run.ReadEventsAsync(TestContext.Current.CancellationToken))
        {
            seen.AppendLine(RunEventJson.Serialize(runEvent));
        }

        var result = await run.Completion;
        foreach (var span in result.Trace!.Spans)
        {
            seen.AppendLine(span.Error?.Message).AppendLine(span.Error?.Data).AppendLine(string.Join(" ", span.Data.Values.Select(v => v?.ToJsonString())));
        }

        seen.AppendLine(result.ErrorMessage);
        Assert.Equal(RunStatus.Failed, result.Status);
        Assert.Equal("Bearer " + Key, Assert.Single(server.Requests).Authorization);
        Assert.Contains("Invalid credentials: Bearer ***", result.ErrorMessage, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, seen.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Key[3..^3], seen.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEchoedKey_IsNotPrintedByTheCli()
    {
        await using var server = await FakeOpenAIServer.StartAsync();
        server.ThenEchoAuthorization().ThenEchoAuthorization();
        var design = Path.Combine(_folder.Path, "support.agentstudio.json");
        await File.WriteAllTextAsync(design, DesignTemplates.ReadJson("customer-support"), TestContext.Current.CancellationToken);
        var environment = new Dictionary<string, string?>
        {
            ["AgentStudio__Models__Providers__0__Name"] = "echo",
            ["AgentStudio__Models__Providers__0__Kind"] = "OpenAICompatible",
            ["AgentStudio__Models__Providers__0__Endpoint"] = server.BaseAddress.ToString(),
            ["AgentStudio__Models__Providers__0__ApiKey"] = Key,
            ["AgentStudio__Models__Providers__0__MaxRetries"] = "0",
        };
        var dll = Path.Combine(RepositoryPaths.AppBuildOutput, "AgentStudio.dll");

        var (plainExit, plain) = await DotnetCli.RunAsync([dll, "run", design, "--input", "hello", "--model", "gpt-4o"], TestContext.Current.CancellationToken, throwOnFailure: false, environment: environment);
        var (jsonExit, json) = await DotnetCli.RunAsync([dll, "run", design, "--input", "hello", "--model", "gpt-4o", "--events", "jsonl"], TestContext.Current.CancellationToken, throwOnFailure: false, environment: environment);

        Assert.Equal((1, 1), (plainExit, jsonExit));
        Assert.Equal(2, server.Requests.Count);
        Assert.Contains("Invalid credentials: Bearer ***", plain, StringComparison.Ordinal);
        Assert.Contains("Invalid credentials: Bearer ***", json, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, plain + json, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();

    private static ModelProviderSettings Provider(FakeOpenAIServer server) => new()
    {
        Name = "echo",
        Kind = ModelProviderKind.OpenAICompatible,
        Endpoint = server.BaseAddress,
        ApiKey = Key,
        MaxRetries = 0,
    };
}
