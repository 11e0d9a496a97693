using AgentStudio.Core.Running;
using AgentStudio.Core.Running.Compilation;
using AgentStudio.Core.Running.Events;
using AgentStudio.Core.Running.Models;
using AgentStudio.Core.Running.Models.Simulated;
using AgentStudio.Core.Running.Tracing;
using AgentStudio.Core.Templates;

namespace AgentStudio.Tests.Core.Running;

/// <summary>The three templates run to completion offline on the simulated model, routing the seed article's inputs sensibly.</summary>
public sealed class SimulatedModelTests
{
    private static readonly AgentRunner Runner = new(new ModelCatalog([], new SimulatedChatClient(new SimulatedModelOptions { ChunkDelay = TimeSpan.Zero })));

    private static CompiledDesign Template(string id)
    {
        var result = DesignCompiler.Compile(DesignTemplates.Find(id)!.Design);
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        return result.Design!;
    }

    private static async Task<(IReadOnlyList<RunEvent> Events, RunResult Result)> StreamAsync(string template, string input)
    {
        await using var run = Runner.Start(Template(template), input, cancellationToken: TestContext.Current.CancellationToken);
        var events = new List<RunEvent>();
        await foreach (var runEvent in run.ReadEventsAsync(TestContext.Current.CancellationToken))
        {
            events.Add(runEvent);
        }

        return (events, await run.Completion);
    }

    [Fact]
    public async Task CustomerSupport_DoubleCharge_GoesToBilling_WhichLooksUpInvoices()
    {
        var (events, result) = await StreamAsync("customer-support", "I was charged twice for my subscription last month");

        Assert.Equal(RunStatus.Completed, result.Status);
        Assert.Equal("BillingAgent", result.LastAgent);
        Assert.Equal("lookup_invoices", Assert.Single(events.OfType<ToolCalledEvent>()).Tool);
        Assert.Contains("simulated", result.FinalOutput, StringComparison.Ordinal);
        Assert.True(events.OfType<TextDeltaEvent>().Count() > 3, "the simulated answer should stream in small chunks");
    }

    [Fact]
    public async Task CustomerSupport_Crash_GoesToTechnicalSupport()
    {
        var (_, result) = await StreamAsync("customer-support", "The app crashes every time I open it");

        Assert.Equal("TechnicalAgent", result.LastAgent);
    }

    [Fact]
    public async Task CustomerSupport_SmallTalk_StaysWithTriage()
    {
        var (events, result) = await StreamAsync("customer-support", "Hello!");

        Assert.Equal("TriageAgent", result.LastAgent);
        Assert.Empty(events.OfType<HandoffOccurredEvent>());
    }

    [Fact]
    public async Task HybridSupport_DoubleCharge_BillingUsesItsSubAgentsAsTools()
    {
        var (events, result) = await StreamAsync("hybrid-support", "I was charged twice for my subscription last month");

        Assert.Equal("BillingAgent", result.LastAgent);
        Assert.Equal(["lookup_invoice", "calculate_refund"], events.OfType<ToolCalledEvent>().Select(e => e.Tool));
        Assert.Contains(result.Trace.Spans, s => s.Kind == SpanKind.Agent && s.Name == "InvoiceLookup");
        Assert.Contains(result.Trace.Spans, s => s.Kind == SpanKind.Agent && s.Name == "RefundCalculator");
    }

    [Fact]
    public async Task ResearchManager_CallsResearch_WhichAnswersInItsStructuredOutput()
    {
        var (events, result) = await StreamAsync("research-manager", "Research the impact of AI on healthcare");

        Assert.Equal(RunStatus.Completed, result.Status);
        Assert.Equal("ManagerAgent", result.LastAgent);
        var research = Assert.Single(events.OfType<ToolOutputEvent>(), e => e.Tool == "research");
        Assert.False(research.IsError, research.Output);
        using var findings = System.Text.Json.JsonDocument.Parse(research.Output);
        Assert.Equal("Research the impact of AI on healthcare", findings.RootElement.GetProperty("topic").GetString());
        Assert.Equal(0.8, findings.RootElement.GetProperty("confidence_score").GetDouble());
    }

    [Theory]
    [InlineData("customer-support")]
    [InlineData("hybrid-support")]
    [InlineData("research-manager")]
    public async Task EveryTemplate_RunsToCompletion_WithoutStreamingToo(string template)
    {
        var result = await Runner.RunAsync(Template(template), "I was charged twice for my subscription last month", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(RunStatus.Completed, result.Status);
        Assert.False(string.IsNullOrWhiteSpace(result.FinalOutput));
        Assert.All(result.Trace.Spans, s => Assert.Equal(SpanStatus.Ok, s.Status));
    }

    [Fact]
    public async Task CancellingASimulatedRun_StopsItWithinASecond()
    {
        var slow = new AgentRunner(new ModelCatalog([], new SimulatedChatClient(new SimulatedModelOptions { ChunkDelay = TimeSpan.FromMilliseconds(200) })));
        await using var run = slow.Start(Template("customer-support"), "Hello!", cancellationToken: TestContext.Current.CancellationToken);
        await foreach (var runEvent in run.ReadEventsAsync(TestContext.Current.CancellationToken))
        {
            if (runEvent is TextDeltaEvent)
            {
                break;
            }
        }

        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        run.Cancel();
        var result = await run.Completion.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);

        Assert.Equal(RunStatus.Cancelled, result.Status);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(1), $"stopping took {stopwatch.Elapsed}");
    }

    [Fact]
    public async Task AStructuredAnswer_WritesItsCharactersAsThemselves_AsAModelWould()
    {
        var longTopic = "Research the impact of AI on healthcare, " + string.Concat(Enumerable.Repeat("in hospitals and clinics everywhere, ", 8));

        var (events, _) = await StreamAsync("research-manager", longTopic);

        var research = events.OfType<ToolOutputEvent>().First(e => e.Tool == "research").Output;
        Assert.Contains("…", research, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", research, StringComparison.Ordinal);
    }
}
