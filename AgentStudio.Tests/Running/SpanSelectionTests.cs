using System.Text.Json.Nodes;
using AgentStudio.Core.Running.Records;
using AgentStudio.Core.Running.Tracing;
using AgentStudio.Playground;

namespace AgentStudio.Tests.Running;

/// <summary>A clicked span selects what it recorded it stands for, by design id, never by name.</summary>
public sealed class SpanSelectionTests
{
    private static SpanRecord Span(string id, string? parent, SpanKind kind, string name, JsonObject data) =>
        new(id, parent, kind, name, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, SpanStatus.Ok, null, data);

    // Names and ids differ, so that a lookup by name would find nothing.
    private static readonly SpanRecord Agent = Span("s1", null, SpanKind.Agent, "BillingAgent", new() { [SpanDataKeys.AgentId] = "a-billing" });
    private static readonly SpanRecord Generation = Span("s2", "s1", SpanKind.Generation, "gpt-4o", []);
    private static readonly SpanRecord Function = Span("s3", "s1", SpanKind.Function, "lookup", new() { [SpanDataKeys.AgentId] = "a-billing", [SpanDataKeys.ToolId] = "t-lookup", [SpanDataKeys.EdgeId] = "e-lookup" });
    private static readonly SpanRecord Handoff = Span("s4", "s1", SpanKind.Handoff, "BillingAgent → RefundAgent", new() { [SpanDataKeys.EdgeId] = "e-handoff", [SpanDataKeys.ToAgentId] = "a-refund" });
    private static readonly SpanRecord[] All = [Agent, Generation, Function, Handoff];

    [Fact]
    public void AFunctionSpan_SelectsTheTool_NotTheAgentThatCalledIt() => Assert.Equal(["t-lookup"], SpanSelection.DiagramIdsOf(Function, All));

    [Fact]
    public void AHandoffSpan_SelectsItsEdge() => Assert.Equal(["e-handoff"], SpanSelection.DiagramIdsOf(Handoff, All));

    [Fact]
    public void AnAgentSpan_SelectsTheAgent_AndAGenerationSpanItsAgent()
    {
        Assert.Equal(["a-billing"], SpanSelection.DiagramIdsOf(Agent, All));
        Assert.Equal(["a-billing"], SpanSelection.DiagramIdsOf(Generation, All));
    }

    [Fact]
    public void ASpanStoredWithoutIds_SelectsNothing() =>
        Assert.Empty(SpanSelection.DiagramIdsOf(Span("s9", null, SpanKind.Function, "lookup", []), All));
}
