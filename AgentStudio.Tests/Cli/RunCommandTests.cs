using System.Text.Json;
using AgentStudio.Cli;
using AgentStudio.Core.Designs;
using AgentStudio.Core.Serialization;
using AgentStudio.Core.Templates;
using AgentStudio.Tests.Support;

namespace AgentStudio.Tests.Cli;

/// <summary><c>run</c>: a design runs in the terminal with run.md's options, output and exit codes.</summary>
public sealed class RunCommandTests : IDisposable
{
    private const string ChargedTwice = "I was charged twice for my subscription last month";
    private readonly TemporaryFolder _folder = new();

    [Fact]
    public async Task EventsJsonl_StreamsEvents_EndingWithBillingAgent_OnTheSimulatedModel()
    {
        var design = Write("hybrid.agentstudio.json", DesignTemplates.ReadJson("hybrid-support"));

        var (exitCode, output, _) = await RunAsync("run", design, "--input", ChargedTwice, "--model", "simulated", "--events", "jsonl");

        Assert.Equal(CliApp.Success, exitCode);
        var events = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Equal("agent_updated", events[0].GetProperty("type").GetString());
        Assert.Contains(events, e => e.GetProperty("type").GetString() == "text_delta");
        Assert.Contains(events, e => e.GetProperty("type").GetString() == "handoff_occurred" && e.GetProperty("target").GetString() == "BillingAgent");
        var last = events[^1];
        Assert.Equal("run_completed", last.GetProperty("type").GetString());
        Assert.Equal("BillingAgent", last.GetProperty("agent").GetString());
    }

    [Fact]
    public async Task WithoutEvents_PrintsTheRunForPeople()
    {
        var design = Write("support.agentstudio.json", DesignTemplates.ReadJson("customer-support"));

        var (exitCode, output, _) = await RunAsync("run", design, "--input", "The app crashes when I open it", "--model", "simulated");

        Assert.Equal(CliApp.Success, exitCode);
        Assert.Contains("[TriageAgent]", output, StringComparison.Ordinal);
        Assert.Contains("⇢ handoff from TriageAgent to TechnicalAgent", output, StringComparison.Ordinal);
        Assert.Contains("Completed by TechnicalAgent", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Script_ReplaysResponses()
    {
        var design = Write("support.agentstudio.json", DesignTemplates.ReadJson("customer-support"));
        var script = Write("script.json", """
            { "agents": { "TriageAgent": [ { "toolCalls": [ { "name": "transfer_to_technicalagent" } ] } ],
                          "TechnicalAgent": [ { "text": "Reinstall the app." } ] } }
            """);

        var (exitCode, output, _) = await RunAsync("run", design, "--input", ChargedTwice, "--script", script, "--events", "jsonl");

        Assert.Equal(CliApp.Success, exitCode);
        var last = JsonDocument.Parse(output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1]).RootElement;
        Assert.Equal("Reinstall the app.", last.GetProperty("finalOutput").GetString());
        Assert.Equal("TechnicalAgent", last.GetProperty("agent").GetString());
    }

    [Fact]
    public async Task FailedRun_ExitsOne_WithTheErrorAsTheLastEvent()
    {
        var design = Write("support.agentstudio.json", DesignTemplates.ReadJson("customer-support"));
        var script = Write("script.json", """{ "agents": { "TriageAgent": [ { "toolCalls": [ { "name": "transfer_to_billingagent" } ] } ], "BillingAgent": [ { "toolCalls": [ { "name": "lookup_invoices", "arguments": { "customer_email": "a@b.c" } } ] }, { "toolCalls": [ { "name": "lookup_invoices" } ] } ] } }""");

        var (exitCode, output, _) = await RunAsync("run", design, "--input", "x", "--script", script, "--events", "jsonl", "--max-turns", "2");

        Assert.Equal(CliApp.Failed, exitCode);
        var last = JsonDocument.Parse(output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1]).RootElement;
        Assert.Equal("run_failed", last.GetProperty("type").GetString());
        Assert.Equal("max_turns_exceeded", last.GetProperty("errorKind").GetString());
        Assert.Equal("Max turns (2) exceeded", last.GetProperty("message").GetString());
    }

    [Fact]
    public async Task DesignWithErrors_ExitsTwo_ListingThem()
    {
        var design = Write("broken.agentstudio.json", DesignSerializer.Write(new DesignDocument { Name = "No entry", Agents = [new AgentDefinition { Id = "a", Name = "A" }] }));

        var (exitCode, _, errors) = await RunAsync("run", design, "--input", "hi");

        Assert.Equal(CliApp.InvalidInput, exitCode);
        Assert.Contains("AS0100", errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--events", "xml")]
    [InlineData("--max-turns", "0")]
    public async Task BadUsage_ExitsTwo(string option, string value)
    {
        var design = Write("support.agentstudio.json", DesignTemplates.ReadJson("customer-support"));

        var (exitCode, _, _) = await RunAsync("run", design, "--input", "hi", option, value);

        Assert.Equal(CliApp.InvalidInput, exitCode);
    }

    [Fact]
    public async Task BadScript_ExitsTwo_NamingThePath()
    {
        var design = Write("support.agentstudio.json", DesignTemplates.ReadJson("customer-support"));
        var script = Write("script.json", """{ "agents": { "TriageAgent": [ { "toolCalls": [ { "arguments": {} } ] } ] } }""");

        var (exitCode, _, errors) = await RunAsync("run", design, "--input", "hi", "--script", script);

        Assert.Equal(CliApp.InvalidInput, exitCode);
        Assert.Contains("$.agents['TriageAgent'][0].toolCalls[0].name is missing", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunVerb_ThroughTheRealEntryPoint_WithNoProviderConfigured_RunsOffline()
    {
        var design = Write("hybrid.agentstudio.json", DesignTemplates.ReadJson("hybrid-support"));
        var dll = Path.Combine(RepositoryPaths.AppBuildOutput, "AgentStudio.dll");
        var noProviders = new Dictionary<string, string?> { ["OPENAI_API_KEY"] = null, ["AZURE_OPENAI_API_KEY"] = null, ["AZURE_OPENAI_ENDPOINT"] = null, ["AgentStudio__DataFolder"] = DataFolder };

        var (exitCode, output) = await DotnetCli.RunAsync([dll, "run", design, "--input", ChargedTwice, "--events", "jsonl"], TestContext.Current.CancellationToken, throwOnFailure: false, environment: noProviders);

        Assert.True(exitCode == 0, output);
        var last = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Last(l => l.StartsWith('{'));
        Assert.StartsWith("""{"type":"run_completed",""", last, StringComparison.Ordinal);
        Assert.Contains("\"agent\":\"BillingAgent\"", last, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConfiguredOpenAICompatibleServer_RunsTheSameDesign_ThroughTheRealEntryPoint()
    {
        await using var server = await Fakes.FakeOpenAIServer.StartAsync();
        server.ThenToolCalls(("call_1", "transfer_to_billingagent", "{}")).ThenToolCalls(("call_2", "lookup_invoices", """{"customer_email":"a@b.c"}""")).ThenText("Refund on its way.");
        var design = Write("support.agentstudio.json", DesignTemplates.ReadJson("customer-support"));
        var dll = Path.Combine(RepositoryPaths.AppBuildOutput, "AgentStudio.dll");
        var provider = new Dictionary<string, string?>
        {
            ["OPENAI_API_KEY"] = null,
            ["AgentStudio__DataFolder"] = DataFolder,
            ["AgentStudio__Models__Providers__0__Name"] = "local",
            ["AgentStudio__Models__Providers__0__Kind"] = "OpenAICompatible",
            ["AgentStudio__Models__Providers__0__Endpoint"] = server.BaseAddress.ToString(),
        };

        var (exitCode, output) = await DotnetCli.RunAsync([dll, "run", design, "--input", ChargedTwice, "--events", "jsonl"], TestContext.Current.CancellationToken, throwOnFailure: false, environment: provider);

        Assert.True(exitCode == 0, output);
        Assert.Equal(3, server.Requests.Count);
        Assert.Contains("\"finalOutput\":\"Refund on its way.\"", output, StringComparison.Ordinal);
        Assert.Contains("\"agent\":\"BillingAgent\"", output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Last(l => l.StartsWith('{')), StringComparison.Ordinal);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder.Path, name);
        File.WriteAllText(path, text);
        return path;
    }

    // The run verb reads the settings page's providers and key ring: from a folder of the test's, never the user's.
    private string DataFolder => Path.Combine(_folder.Path, "data");

    private async Task<(int ExitCode, string Output, string Errors)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exitCode = await CliApp.RunAsync([.. args, "--data-folder", DataFolder], output, errors, TestContext.Current.CancellationToken);
        return (exitCode, output.ToString(), errors.ToString());
    }

    public void Dispose() => _folder.Dispose();
}
