using System.Text.Json;
using AgentStudio.Core.Designs;
using AgentStudio.Core.Running;
using AgentStudio.Core.Running.Events;
using AgentStudio.Core.Running.Tracing;
using static AgentStudio.Tests.Core.Running.RunDesigns;

namespace AgentStudio.Tests.Core.Running;

/// <summary>Events and spans name the design's agents, edges and nodes by id beside the SDK names.</summary>
public sealed class RunIdsTests
{
    // Ids and names differ on purpose, so that an id taken from a name would show.
    private static DesignDocument Support() => Design(
        [Agent("a-triage", "TriageAgent"), Agent("a-billing", "BillingAgent")],
        [new HandoffEdge { Id = "e-handoff", From = "a-triage", To = "a-billing" }],
        entry: "a-triage");

    private static DesignDocument WithLookup() => Design(
        [Agent("a-triage", "TriageAgent"), Agent("a-research", "ResearchAgent")],
        [new ToolEdge { Id = "e-lookup", From = "a-triage", To = "t-lookup" }, new ToolEdge { Id = "e-research", From = "a-triage", To = "a-research", ToolName = "research" }],
        [new MockTool { Id = "t-lookup", Name = "lookup", Description = "Looks up", Response = "found" }],
        entry: "a-triage");

    [Fact]
    public async Task HandoffEvents_CarryTheEdgeAndAgentIds_AndEveryEventItsAgentsId()
    {
        var harness = new RunHarness(Support(), """
            { "agents": {
                "TriageAgent": [ { "toolCalls": [ { "name": "transfer_to_billingagent" } ] } ],
                "BillingAgent": [ { "text": "Refunded." } ] } }
            """);

        var (events, result) = await harness.StreamAsync("charged twice");

        var requested = Assert.Single(events.OfType<HandoffRequestedEvent>());
        Assert.Equal(("a-triage", "e-handoff", "a-billing"), (requested.AgentId, requested.EdgeId, requested.TargetId));
        var occurred = Assert.Single(events.OfType<HandoffOccurredEvent>());
        Assert.Equal(("a-triage", "e-handoff", "a-billing"), (occurred.AgentId, occurred.EdgeId, occurred.TargetId));
        Assert.All(events, e => Assert.Equal(e.Agent == "TriageAgent" ? "a-triage" : "a-billing", e.AgentId));
        Assert.Contains(events, e => e is TextDeltaEvent { AgentId: "a-billing" });
        Assert.Equal("a-billing", result.LastAgentId);

        var handoff = Assert.Single(result.Trace.Spans, s => s.Kind == SpanKind.Handoff);
        Assert.Equal("e-handoff", handoff.GetData(SpanDataKeys.EdgeId)!.GetValue<string>());
        Assert.Equal("a-triage", handoff.GetData(SpanDataKeys.FromAgentId)!.GetValue<string>());
        Assert.Equal("a-billing", handoff.GetData(SpanDataKeys.ToAgentId)!.GetValue<string>());
        Assert.Equal(["a-triage", "a-billing"], result.Trace.Spans.Where(s => s.Kind == SpanKind.Agent).Select(s => s.GetData(SpanDataKeys.AgentId)!.GetValue<string>()));
    }

    [Fact]
    public async Task ToolEventsAndSpans_CarryTheToolsNodeAndEdgeIds_AndAnAgentAsToolItsAgentsId()
    {
        var harness = new RunHarness(WithLookup(), """
            { "agents": {
                "TriageAgent": [ { "toolCalls": [ { "name": "lookup", "arguments": {} }, { "name": "research", "arguments": { "input": "x" } } ] }, { "text": "done" } ],
                "ResearchAgent": [ { "text": "facts" } ] } }
            """);

        var (events, result) = await harness.StreamAsync("find it");

        Assert.Equal([("lookup", "e-lookup", "t-lookup"), ("research", "e-research", "a-research")], events.OfType<ToolCalledEvent>().Select(e => (e.Tool, e.EdgeId, e.ToolId)));
        Assert.Equal([("lookup", "e-lookup", "t-lookup"), ("research", "e-research", "a-research")], events.OfType<ToolOutputEvent>().Select(e => (e.Tool, e.EdgeId, e.ToolId)));
        var functions = result.Trace.Spans.Where(s => s.Kind == SpanKind.Function).OrderBy(s => s.Name, StringComparer.Ordinal).ToList();
        Assert.Equal(
            [("lookup", "t-lookup", "e-lookup", "a-triage"), ("research", "a-research", "e-research", "a-triage")],
            functions.Select(s => (s.Name, Id(s, SpanDataKeys.ToolId), Id(s, SpanDataKeys.EdgeId), Id(s, SpanDataKeys.AgentId))));
        var nested = Assert.Single(result.Trace.Spans, s => s.Kind == SpanKind.Agent && s.ParentId == functions[1].Id);
        Assert.Equal("a-research", Id(nested, SpanDataKeys.AgentId));
        Assert.All(result.NewItems, i => Assert.Equal("a-triage", i.AgentId));
    }

    [Fact]
    public async Task EventJson_KeepsTheNames_AndAddsTheIds()
    {
        var harness = new RunHarness(WithLookup(), """
            { "agents": { "TriageAgent": [ { "toolCalls": [ { "name": "lookup", "arguments": {} } ] }, { "text": "done" } ] } }
            """);

        var (events, _) = await harness.StreamAsync("find it");

        using var called = JsonDocument.Parse(RunEventJson.Serialize(events.OfType<ToolCalledEvent>().Single()));
        var json = called.RootElement;
        Assert.Equal("tool_called", json.GetProperty("type").GetString());
        Assert.Equal("TriageAgent", json.GetProperty("agent").GetString());
        Assert.Equal("lookup", json.GetProperty("tool").GetString());
        Assert.Equal("a-triage", json.GetProperty("agentId").GetString());
        Assert.Equal("e-lookup", json.GetProperty("edgeId").GetString());
        Assert.Equal("t-lookup", json.GetProperty("toolId").GetString());
    }

    [Fact]
    public async Task ContinuingARun_StartsAtTheLastAgent_FoundById()
    {
        var harness = new RunHarness(Support(), """
            { "agents": {
                "TriageAgent": [ { "toolCalls": [ { "name": "transfer_to_billingagent" } ] } ],
                "BillingAgent": [ { "text": "Refunded." }, { "text": "Anything else?" } ] } }
            """);
        var first = await harness.RunAsync("charged twice");

        // A renamed agent keeps its id: the conversation goes on with it.
        var second = await harness.RunAsync("thanks", new RunOptions { Continue = first with { LastAgent = "Renamed" } });

        Assert.Equal(("BillingAgent", "a-billing"), (second.LastAgent, second.LastAgentId));
        Assert.Equal("Anything else?", second.FinalOutput);
    }

    [Fact]
    public async Task StructuredOutput_StaysJson_InTheCompletedEvent()
    {
        var design = Design([Agent("a-triage", "TriageAgent", outputSchema: """{ "type": "object", "properties": { "n": { "type": "number" } } }""")], entry: "a-triage");
        var harness = new RunHarness(design, """{ "agents": { "TriageAgent": [ { "text": "{ \"n\": 2 }" } ] } }""");

        var (events, result) = await harness.StreamAsync("count");

        var completed = Assert.Single(events.OfType<RunCompletedEvent>());
        Assert.Equal(2, completed.StructuredOutput!.Value.GetProperty("n").GetInt32());
        Assert.Equal(2, result.StructuredOutput!.Value.GetProperty("n").GetInt32());
    }

    private static string? Id(TraceSpan span, string key) => span.GetData(key)?.GetValue<string>();
}
