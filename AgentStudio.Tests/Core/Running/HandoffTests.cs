using AgentStudio.Core.Designs;
using AgentStudio.Core.Running;
using AgentStudio.Core.Running.Events;
using AgentStudio.Core.Running.Tracing;
using Microsoft.Extensions.AI;
using static AgentStudio.Tests.Core.Running.RunDesigns;

namespace AgentStudio.Tests.Core.Running;

/// <summary>Handoffs of run.md: control moves, the first of several wins, history filters, default names and descriptions.</summary>
public sealed class HandoffTests
{
    private const string TriageToBilling = """
        { "agents": {
            "TriageAgent": [ { "toolCalls": [ { "name": "transfer_to_billingagent" } ] } ],
            "BillingAgent": [ { "text": "You were refunded $20." } ] } }
        """;

    [Fact]
    public async Task Handoff_MovesControl_AndTheTargetAnswers()
    {
        var harness = new RunHarness(SupportDesign(), TriageToBilling);

        var (events, result) = await harness.StreamAsync("I was charged twice");

        Assert.Equal(
            ["agent_updated:TriageAgent", "handoff_requested:transfer_to_billingagent", "handoff_occurred:TriageAgent->BillingAgent", "agent_updated:BillingAgent", "text_delta", "message_output_created", "run_completed"],
            RunHarness.Sequence(events));
        Assert.Equal("BillingAgent", result.LastAgent);
        Assert.Equal("You were refunded $20.", result.FinalOutput);
        Assert.Equal(["agent TriageAgent", "  generation gpt-4o", "  handoff TriageAgent → BillingAgent", "agent BillingAgent", "  generation gpt-4o"], RunHarness.Tree(result.Trace));
        Assert.Equal([RunItemKind.HandoffCall, RunItemKind.HandoffOutput, RunItemKind.Message], result.NewItems.Select(i => i.Kind));
        Assert.Equal("""{"assistant": "BillingAgent"}""", result.NewItems[1].Text);
    }

    [Fact]
    public async Task Handoffs_AreOfferedAsTools_WithTheSdkDefaultNamesAndDescriptions()
    {
        var design = SupportDesign() with { Edges = [new HandoffEdge { Id = "h", From = "triage", To = "billing" }, Handoff("triage", "technical")] };
        var harness = new RunHarness(design, TriageToBilling);

        await harness.RunAsync("charged twice");

        var tools = harness.Model.CallsOf("TriageAgent")[0].Options!.Tools!.Cast<AIFunctionDeclaration>().ToList();
        Assert.Equal(["transfer_to_billingagent", "transfer_to_technicalagent"], tools.Select(t => t.Name));
        Assert.Equal("Handoff to the BillingAgent agent to handle the request. BillingAgent handles billing questions", tools[0].Description);
        Assert.Equal("Send technical questions to technical", tools[1].Description);
    }

    [Fact]
    public async Task TheTarget_SeesTheWholeHistory_UnderItsOwnInstructions()
    {
        var harness = new RunHarness(SupportDesign(), TriageToBilling);

        await harness.RunAsync("I was charged twice");

        var billing = Assert.Single(harness.Model.CallsOf("BillingAgent"));
        Assert.Equal("You are BillingAgent.", billing.Messages[0].Text);
        Assert.Equal("I was charged twice", billing.Messages[1].Text);
        Assert.Contains(billing.Messages, m => m.Contents.OfType<FunctionCallContent>().Any(c => c.Name == "transfer_to_billingagent"));
        Assert.Contains(billing.Messages, m => m.Contents.OfType<FunctionResultContent>().Any());
    }

    [Fact]
    public async Task NoToolsHistoryFilter_RemovesToolCallsAndOutputs_FromWhatTheTargetSees()
    {
        var harness = new RunHarness(SupportDesign(HistoryFilter.NoTools), TriageToBilling);

        await harness.RunAsync("I was charged twice");

        var billing = Assert.Single(harness.Model.CallsOf("BillingAgent"));
        Assert.Equal([ChatRole.System, ChatRole.User], billing.Messages.Select(m => m.Role));
        Assert.DoesNotContain(billing.Messages, m => m.Contents.Any(c => c is FunctionCallContent or FunctionResultContent));
    }

    [Fact]
    public async Task SeveralHandoffsInOneResponse_TheFirstWins_TheOthersAreToldTheyWereIgnored()
    {
        var harness = new RunHarness(SupportDesign(), """
            { "agents": {
                "TriageAgent": [ { "toolCalls": [ { "name": "transfer_to_technicalagent" }, { "name": "transfer_to_billingagent" } ] } ],
                "TechnicalAgent": [ { "text": "Restart it." } ] } }
            """);

        var (events, result) = await harness.StreamAsync("it crashed and I was charged");

        Assert.Equal("TechnicalAgent", result.LastAgent);
        Assert.Equal(2, events.OfType<HandoffRequestedEvent>().Count());
        Assert.Single(events.OfType<HandoffOccurredEvent>());
        // As the SDK adds them (run_internal/turn_resolution.py, execute_handoffs): the ignored call's output, a tool
        // output, comes before the output of the handoff taken.
        var outputs = result.NewItems.Where(i => i.Kind is RunItemKind.HandoffOutput or RunItemKind.ToolOutput).Select(i => (i.Kind, i.Text));
        Assert.Equal([(RunItemKind.ToolOutput, "Multiple handoffs detected, ignoring this one."), (RunItemKind.HandoffOutput, """{"assistant": "TechnicalAgent"}""")], outputs);
        var handoff = Assert.Single(result.Trace.Spans, s => s.Kind == SpanKind.Handoff);
        Assert.Equal(SpanStatus.Error, handoff.Status);
    }

    [Fact]
    public async Task ToolCallsBesideAHandoff_StillRun()
    {
        var design = SupportDesign() with { Tools = [Tool("note")], Edges = [.. SupportDesign().Edges, Uses("triage", "note")] };
        var harness = new RunHarness(design, """
            { "agents": {
                "TriageAgent": [ { "toolCalls": [ { "name": "note", "arguments": { "q": "x" } }, { "name": "transfer_to_billingagent" } ] } ],
                "BillingAgent": [ { "text": "Billing here." } ] } }
            """);

        var (events, result) = await harness.StreamAsync("charged twice");

        Assert.Equal("note output", Assert.Single(events.OfType<ToolOutputEvent>()).Output);
        Assert.Equal("BillingAgent", result.LastAgent);
    }

    [Fact]
    public async Task MaxTurns_CountsTheWholeRun_AHandoffDoesNotResetIt()
    {
        var harness = new RunHarness(SupportDesign(), TriageToBilling);

        var result = await harness.RunAsync("charged twice", new RunOptions { MaxTurns = 1 });

        Assert.Equal(RunErrorKind.MaxTurnsExceeded, result.ErrorKind);
        Assert.Equal("Max turns (1) exceeded", result.ErrorMessage);
        Assert.Equal("BillingAgent", result.LastAgent);
        Assert.Equal(SpanStatus.Error, result.Trace.Spans.Last(s => s.Kind == SpanKind.Agent).Status);
    }

    [Fact]
    public async Task DefaultMaxTurns_IsTen()
    {
        var looping = string.Join(",", Enumerable.Repeat("""{ "toolCalls": [ { "name": "lookup" } ] }""", 12));
        var harness = new RunHarness(WithTools(Agent("triage", "TriageAgent"), "lookup"), $$"""{ "agents": { "TriageAgent": [ {{looping}} ] } }""");

        var result = await harness.RunAsync("loop");

        Assert.Equal("Max turns (10) exceeded", result.ErrorMessage);
        Assert.Equal(10, result.Turns);
    }

    [Fact]
    public async Task ALaterMessage_GoesOnFromTheEarlierTurns_WithTheLastAgent()
    {
        var harness = new RunHarness(SupportDesign(), """
            { "agents": {
                "TriageAgent": [ { "toolCalls": [ { "name": "transfer_to_billingagent" } ] } ],
                "BillingAgent": [ { "text": "Refunded." }, { "text": "You're welcome." } ] } }
            """);
        var first = await harness.RunAsync("charged twice");

        var second = await harness.RunAsync("thanks!", new RunOptions { Continue = first });

        Assert.Equal("You're welcome.", second.FinalOutput);
        Assert.Equal("BillingAgent", second.LastAgent);
        var call = harness.Model.CallsOf("BillingAgent")[1];
        Assert.Equal("charged twice", call.Messages[1].Text);
        Assert.Contains(call.Messages, m => m.Text == "Refunded.");
        Assert.Equal("thanks!", call.Messages[^1].Text);
        Assert.Equal([RunItemKind.Message], second.NewItems.Select(i => i.Kind));
    }
}
