using AgentStudio.Core.Running;
using AgentStudio.Core.Running.Compilation;
using AgentStudio.Core.Running.Events;
using AgentStudio.Core.Running.Models;
using AgentStudio.Core.Running.Models.Providers;
using AgentStudio.Core.Running.Tracing;
using AgentStudio.Tests.Fakes;
using static AgentStudio.Tests.Core.Running.RunDesigns;

namespace AgentStudio.Tests.Core.Running;

/// <summary>
/// The real OpenAI client path (official SDK + Microsoft.Extensions.AI) against a local server speaking the Chat
/// Completions streaming format: every run ends as run.md says, and nothing hangs.
/// </summary>
public sealed class OpenAIWireTests : IAsyncLifetime
{
    private FakeOpenAIServer _server = null!;

    public async ValueTask InitializeAsync() => _server = await FakeOpenAIServer.StartAsync();

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    private AgentRunner Runner(int maxRetries = 2, TimeSpan? timeout = null) => new(new ModelCatalog([new OpenAIModelSource(new ModelProviderSettings
    {
        Name = "fake",
        Kind = ModelProviderKind.OpenAICompatible,
        Endpoint = _server.BaseAddress,
        ApiKey = "test-key",
        MaxRetries = maxRetries,
        Timeout = timeout ?? TimeSpan.FromSeconds(10),
    })]));

    private static CompiledDesign Compile(AgentStudio.Core.Designs.DesignDocument design) => DesignCompiler.Compile(design).Design!;

    private static async Task<(List<RunEvent> Events, RunResult Result)> StreamAsync(AgentRunner runner, CompiledDesign design, string input)
    {
        await using var run = runner.Start(design, input, cancellationToken: TestContext.Current.CancellationToken);
        var events = new List<RunEvent>();
        await foreach (var runEvent in run.ReadEventsAsync(TestContext.Current.CancellationToken))
        {
            events.Add(runEvent);
        }

        return (events, await run.Completion.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task HandoffRun_StreamsToolCallDeltas_AndTextWithUsage()
    {
        _server.ThenToolCalls(("call_1", "transfer_to_billingagent", "{}")).ThenText("You were ", "refunded ", "$20.");

        var (events, result) = await StreamAsync(Runner(), Compile(SupportDesign()), "I was charged twice");

        Assert.Equal(RunStatus.Completed, result.Status);
        Assert.Equal("BillingAgent", result.LastAgent);
        Assert.Equal("You were refunded $20.", result.FinalOutput);
        Assert.Equal(["You were ", "refunded ", "$20."], events.OfType<TextDeltaEvent>().Select(e => e.Delta));
        Assert.Equal(new RunUsage(2, 22, 14), result.Usage);
        var requests = _server.Requests.ToList();
        Assert.Equal("Bearer test-key", requests[0].Authorization);
        Assert.Equal(true, (bool?)requests[0].Body["stream"]);
        Assert.Equal("gpt-4o", (string?)requests[0].Body["model"]);
        Assert.Equal("You are TriageAgent.", (string?)requests[0].Body["messages"]![0]!["content"]);
        Assert.Contains(requests[0].Body["tools"]!.AsArray(), t => (string?)t!["function"]!["name"] == "transfer_to_billingagent");
        Assert.Equal("You are BillingAgent.", (string?)requests[1].Body["messages"]![0]!["content"]);
    }

    [Fact]
    public async Task ParallelToolCalls_InterleavedInTheStream_RunAndReturnInCallOrder()
    {
        var design = Compile(Design([Agent("triage", "TriageAgent")], [Uses("triage", "first"), Uses("triage", "second")], [Tool("first"), Tool("second")], entry: "triage"));
        _server.ThenToolCalls(("call_a", "first", """{"q":"one"}"""), ("call_b", "second", """{"q":"two"}""")).ThenText("Both done.");

        var (events, result) = await StreamAsync(Runner(), design, "do both");

        Assert.Equal("Both done.", result.FinalOutput);
        Assert.Equal(["first", "second"], events.OfType<ToolOutputEvent>().Select(e => e.Tool));
        var toolMessages = _server.Requests.Last().Body["messages"]!.AsArray().Where(m => (string?)m!["role"] == "tool").ToList();
        Assert.Equal(["call_a", "call_b"], toolMessages.Select(m => (string?)m!["tool_call_id"]));
        Assert.Equal(["first output", "second output"], toolMessages.Select(m => (string?)m!["content"]));
    }

    [Fact]
    public async Task RateLimit_WithRetryAfter_IsRetriedAfterTheWait_ThenSucceeds()
    {
        _server.ThenStatus(429, retryAfter: "1").ThenText("Made it.");

        var (_, result) = await StreamAsync(Runner(), Compile(Design([Agent("triage", "TriageAgent")])), "hi");

        Assert.Equal("Made it.", result.FinalOutput);
        var requests = _server.Requests.ToList();
        Assert.Equal(2, requests.Count);
        Assert.True(requests[1].At - requests[0].At >= TimeSpan.FromMilliseconds(900), $"retried after {requests[1].At - requests[0].At}, before Retry-After");
    }

    [Fact]
    public async Task ServerError_AfterRetries_FailsTheRunAsAModelError_OnTheGenerationSpan()
    {
        _server.ThenStatus(500).ThenStatus(500);

        var (events, result) = await StreamAsync(Runner(maxRetries: 1), Compile(Design([Agent("triage", "TriageAgent")])), "hi");

        var failed = Assert.IsType<RunFailedEvent>(events[^1]);
        Assert.Equal(RunErrorKind.ModelError, failed.ErrorKind);
        Assert.Contains("500", failed.Message, StringComparison.Ordinal);
        Assert.Equal(2, _server.Requests.Count);
        Assert.Equal(SpanStatus.Error, result.Trace.Spans.Single(s => s.Kind == SpanKind.Generation).Status);
    }

    [Fact]
    public async Task StreamCutMidWay_FailsTheRun_AfterTheTextThatArrived()
    {
        _server.ThenCutStream();

        var (events, result) = await StreamAsync(Runner(maxRetries: 0), Compile(Design([Agent("triage", "TriageAgent")])), "hi");

        Assert.Equal("Half an answer", string.Concat(events.OfType<TextDeltaEvent>().Select(e => e.Delta)));
        Assert.Equal(RunStatus.Failed, result.Status);
        Assert.Equal(RunErrorKind.ModelError, result.ErrorKind);
    }

    [Fact]
    public async Task ServerThatNeverAnswers_TimesOut_AsAModelError()
    {
        _server.ThenStall();

        var (_, result) = await StreamAsync(Runner(maxRetries: 0, timeout: TimeSpan.FromMilliseconds(500)), Compile(Design([Agent("triage", "TriageAgent")])), "hi");

        Assert.Equal(RunStatus.Failed, result.Status);
        Assert.Equal(RunErrorKind.ModelError, result.ErrorKind);
    }

    [Fact]
    public async Task AzureOpenAI_UsesTheV1Path_AndTheDeploymentOfTheModel()
    {
        var settings = new ModelProviderSettings { Name = "azure", Kind = ModelProviderKind.AzureOpenAI, Endpoint = _server.Root, ApiKey = "azure-key", MaxRetries = 0 };
        settings.Deployments["gpt-4o"] = "support-gpt4o";
        var runner = new AgentRunner(new ModelCatalog([new OpenAIModelSource(settings)]));
        _server.ThenText("From Azure.");

        var (_, result) = await StreamAsync(runner, Compile(Design([Agent("triage", "TriageAgent")])), "hi");

        Assert.Equal("From Azure.", result.FinalOutput);
        var request = Assert.Single(_server.Requests);
        Assert.Equal("/openai/v1/chat/completions", request.Path);
        Assert.Equal("support-gpt4o", (string?)request.Body["model"]);
    }

    [Fact]
    public async Task ModelNoProviderServes_FailsClearly()
    {
        var runner = new AgentRunner(new ModelCatalog([new OpenAIModelSource(new ModelProviderSettings { Name = "local", Kind = ModelProviderKind.OpenAICompatible, Endpoint = _server.BaseAddress, Models = { "llama3" } })]));

        var result = await runner.RunAsync(Compile(Design([Agent("triage", "TriageAgent")])), "hi", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(RunErrorKind.ModelError, result.ErrorKind);
        Assert.Equal("No model provider serves gpt-4o: add it to a provider's models in settings, or run with the simulated model.", result.ErrorMessage);
        Assert.Empty(_server.Requests);
    }
}
