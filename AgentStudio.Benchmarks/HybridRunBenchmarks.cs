using AgentStudio.Core.Running;
using AgentStudio.Core.Running.Compilation;
using AgentStudio.Core.Running.Models;
using AgentStudio.Core.Templates;
using BenchmarkDotNet.Attributes;
using Microsoft.Agents.AI;
using Microsoft.Agents.AI.Workflows;
using Microsoft.Extensions.AI;

namespace AgentStudio.Benchmarks;

/// <summary>
/// The hybrid support template (triage hands off to billing, which calls two sub-agents as tools) run on a
/// zero-latency in-memory client: AgentStudio's runner against Microsoft Agent Framework's handoff workflow with
/// agents as functions, doing the same model calls.
/// </summary>
[MemoryDiagnoser]
public class HybridRunBenchmarks
{
    private const string Input = "I was charged twice for my subscription last month";
    private readonly InMemoryChatClient _client = new();
    private CompiledDesign _design = null!;
    private AgentRunner _runner = null!;

    [GlobalSetup]
    public void Setup()
    {
        _design = DesignCompiler.Compile(DesignTemplates.Find("hybrid-support")!.Design).Design!;
        _runner = new AgentRunner(new SingleClientModelProvider(_client));
    }

    [Benchmark(Baseline = true, Description = "AgentStudio RunAsync")]
    public async Task<string> AgentStudioRun()
    {
        var result = await _runner.RunAsync(_design, Input);
        return result.Status == Core.Running.RunStatus.Completed && result.LastAgent == "BillingAgent"
            ? result.FinalOutput!
            : throw new InvalidOperationException($"AgentStudio run ended {result.Status} with {result.LastAgent}: {result.ErrorMessage}");
    }

    [Benchmark(Description = "AgentStudio compile + RunAsync")]
    public async Task<string> AgentStudioCompileAndRun()
    {
        // Like the Agent Framework case, which builds its agents and workflow per run.
        await using var design = DesignCompiler.Compile(DesignTemplates.Find("hybrid-support")!.Design).Design!;
        var result = await _runner.RunAsync(design, Input);
        return result.FinalOutput ?? throw new InvalidOperationException(result.ErrorMessage);
    }

    [Benchmark(Description = "AgentStudio streaming")]
    public async Task<int> AgentStudioStreaming()
    {
        await using var run = _runner.Start(_design, Input);
        var count = 0;
        await foreach (var _ in run.ReadEventsAsync())
        {
            count++;
        }

        return (await run.Completion).LastAgent == "BillingAgent" ? count : throw new InvalidOperationException("wrong last agent");
    }

    [Benchmark(Description = "Agent Framework handoff workflow")]
    public async Task<int> AgentFrameworkRun()
    {
        // Built per run: a workflow instance holds its agents' conversation state.
        var invoiceLookup = new ChatClientAgent(_client, "You look up invoices.", "InvoiceLookup", "Find the invoices that match the customer's question");
        var refundCalculator = new ChatClientAgent(_client, "You calculate refunds.", "RefundCalculator", "Work out the refund the customer is owed");
        var diagnostic = new ChatClientAgent(_client, "You diagnose technical problems.", "DiagnosticAgent", "Diagnose the likely causes of the customer's problem");
        var billing = new ChatClientAgent(_client, "You handle billing.", "BillingAgent", "Billing and payment issues", [invoiceLookup.AsAIFunction(), refundCalculator.AsAIFunction()]);
        var technical = new ChatClientAgent(_client, "You handle technical issues.", "TechnicalAgent", "Technical issues", [diagnostic.AsAIFunction()]);
        var triage = new ChatClientAgent(_client, "You route customers.", "TriageAgent", "First point of contact");
        var workflow = AgentWorkflowBuilder.CreateHandoffBuilderWith(triage).WithHandoffs(triage, [billing, technical]).Build();

        await using var run = await InProcessExecution.RunStreamingAsync(workflow, new List<ChatMessage> { new(ChatRole.User, Input) });
        await run.TrySendMessageAsync(new TurnToken(emitEvents: false));
        var events = 0;
        await foreach (var workflowEvent in run.WatchStreamAsync())
        {
            events++;
            if (workflowEvent is WorkflowOutputEvent output)
            {
                var messages = output.As<List<ChatMessage>>() ?? [];
                return messages.Count > 0 ? events : throw new InvalidOperationException("Agent Framework returned no messages");
            }
        }

        throw new InvalidOperationException("Agent Framework's workflow ended without output");
    }
}
