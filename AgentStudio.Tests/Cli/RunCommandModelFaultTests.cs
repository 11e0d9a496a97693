using AgentStudio.Core.Templates;
using AgentStudio.Tests.Fakes;
using AgentStudio.Tests.Support;

namespace AgentStudio.Tests.Cli;

/// <summary>
/// <c>run</c> against a provider configured by environment variables alone (OPENAI_API_KEY, OPENAI_BASE_URL and the
/// AgentStudio:Models limits): a cut answer exits 1, never 0, and the wait before a retry is shown.
/// </summary>
public sealed class RunCommandModelFaultTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    [Fact]
    public async Task ARetryThenACutStream_PrintsTheRetry_AndExitsOne()
    {
        await using var server = await FakeOpenAIServer.StartAsync();
        server.ThenStatus(503, retryAfter: "1").ThenStreamEndingEarly("Three ", "of ", "ten");
        var design = Path.Combine(_folder.Path, "support.agentstudio.json");
        await File.WriteAllTextAsync(design, DesignTemplates.ReadJson("customer-support"), TestContext.Current.CancellationToken);
        var environment = new Dictionary<string, string?>
        {
            ["OPENAI_API_KEY"] = "sk-fault-test",
            // The run verb reads the settings page's providers too: none here, and nothing of the user's folder.
            ["AgentStudio__DataFolder"] = Path.Combine(_folder.Path, "data"),
            ["OPENAI_BASE_URL"] = server.BaseAddress.ToString(),
            // Generous: a cold process's first call includes loading the SDK, which a busy machine makes slow.
            ["AgentStudio__Models__CallTimeout"] = "00:00:30",
            ["AgentStudio__Models__StreamIdleTimeout"] = "00:00:20",
            ["AgentStudio__Models__MaxRetries"] = "1",
        };
        var dll = Path.Combine(RepositoryPaths.AppBuildOutput, "AgentStudio.dll");

        var (exitCode, output) = await DotnetCli.RunAsync([dll, "run", design, "--input", "hello", "--model", "gpt-4o"], TestContext.Current.CancellationToken, throwOnFailure: false, environment: environment);

        Assert.True(exitCode == 1, output);
        Assert.True(output.Contains("↻ TriageAgent: retrying in 1 s (1 of 1): the server asked to wait (503 Service Unavailable)", StringComparison.Ordinal), output);
        Assert.Contains("Three of ten", output, StringComparison.Ordinal);
        Assert.Contains("error (ModelError): Model gpt-4o failed for TriageAgent: the model server closed the stream before the answer ended", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Completed", output, StringComparison.Ordinal);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task ALongRetryAfter_FailsFast_WithExitOne()
    {
        await using var server = await FakeOpenAIServer.StartAsync();
        server.ThenStatus(429, retryAfter: "60");
        var design = Path.Combine(_folder.Path, "support.agentstudio.json");
        await File.WriteAllTextAsync(design, DesignTemplates.ReadJson("customer-support"), TestContext.Current.CancellationToken);
        var environment = new Dictionary<string, string?>
        {
            ["OPENAI_API_KEY"] = "sk-fault-test",
            // The run verb reads the settings page's providers too: none here, and nothing of the user's folder.
            ["AgentStudio__DataFolder"] = Path.Combine(_folder.Path, "data"),
            ["OPENAI_BASE_URL"] = server.BaseAddress.ToString(),
            ["AgentStudio__Models__CallTimeout"] = "00:00:30",
        };
        var dll = Path.Combine(RepositoryPaths.AppBuildOutput, "AgentStudio.dll");

        var (exitCode, output) = await DotnetCli.RunAsync([dll, "run", design, "--input", "hello", "--model", "gpt-4o", "--events", "jsonl"], TestContext.Current.CancellationToken, throwOnFailure: false, environment: environment);

        Assert.Equal(1, exitCode);
        Assert.True(output.Contains("the model server asked to wait 60 s before trying again (429 Too Many Requests), past the deadline of the call (30 s)", StringComparison.Ordinal), output);
        Assert.Single(server.Requests);
    }

    public void Dispose() => _folder.Dispose();
}
