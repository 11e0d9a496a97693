using AgentStudio.Core.Running;
using AgentStudio.Core.Running.Records;
using AgentStudio.Core.Running.Tracing;

namespace AgentStudio.Tests.Core.Running.Records;

/// <summary>The <c>agentstudio.run</c> format, pinned by a checked-in version 1 sample: old files keep loading, writing stays the same.</summary>
public sealed class RunRecordFormatTests
{
    private static string Sample(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Core", "Running", "Records", "Samples", name));

    [Fact]
    public void TheV1Sample_Loads_AndWritesBackByteForByte()
    {
        var text = Sample("support-run.v1.agentstudio-run.json");

        var record = RunRecordJson.Read(text);

        Assert.NotNull(record);
        Assert.Equal(text, RunRecordJson.Write(record));
    }

    [Fact]
    public void TheV1Sample_ReadsEveryField()
    {
        var record = RunRecordJson.Read(Sample("support-run.v1.agentstudio-run.json"))!;

        Assert.Equal((RunRecord.FormatName, 1), (record.Format, record.Version));
        Assert.Equal(Guid.Parse("6f1c2b1e-8d4a-4c1b-9a57-3f0e2d9c7b11"), record.Id);
        Assert.Equal("Customer support · été 🎧", record.DesignName);
        Assert.Equal((RunStatus.Completed, "BillingAgent", "billing"), (record.Status, record.LastAgent, record.LastAgentId));
        Assert.Equal(20, record.StructuredOutput!.Value.GetProperty("refund").GetInt32());
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero), record.StartedAt);
        Assert.Equal((1520.5, 3), (record.DurationMs, record.Turns));
        Assert.Equal(new RunUsage(3, 410, 96), record.Usage);
        Assert.Equal([RunItemKind.HandoffCall, RunItemKind.HandoffOutput, RunItemKind.ToolCall, RunItemKind.ToolOutput, RunItemKind.Message], record.Items.Select(i => i.Kind));
        Assert.Equal("billing", record.Items[^1].AgentId);
        Assert.Equal([SpanKind.Agent, SpanKind.Handoff, SpanKind.Agent, SpanKind.Function], record.Spans.Select(s => s.Kind));
        var function = record.Spans[3];
        Assert.Equal((SpanStatus.Error, "Invoice service slow; answered from cache"), (function.Status, function.Error));
        Assert.Equal(("lookup_invoices", "billing-invoices"), (function.GetText(SpanDataKeys.ToolId), function.GetText(SpanDataKeys.EdgeId)));
    }

    [Fact]
    public void ARecordStoredBeforeIds_StillLoads()
    {
        // What the runs page stored before runs recorded ids and structured output: none of the later fields.
        const string before = """
            { "format": "agentstudio.run", "version": 1, "id": "6f1c2b1e-8d4a-4c1b-9a57-3f0e2d9c7b11", "designId": "0b7d4f6a-2c3e-4a51-8e9f-1d2c3b4a5e6f",
              "designName": "Support", "input": "hi", "models": "designed", "status": "failed", "errorKind": "max_turns_exceeded", "error": "Max turns (10) exceeded",
              "lastAgent": "TriageAgent", "startedAt": "2026-11-01T09:00:00+00:00", "durationMs": 12, "usage": { "requests": 1, "inputTokens": 2, "outputTokens": 3, "totalTokens": 5 },
              "turns": 1, "items": [ { "kind": "message", "agent": "TriageAgent", "text": "hello" } ],
              "spans": [ { "id": "span_1", "kind": "agent", "name": "TriageAgent", "startedAt": "2026-11-01T09:00:00+00:00", "status": "running", "data": {} } ] }
            """;

        var record = RunRecordJson.Read(before);

        Assert.NotNull(record);
        Assert.Equal((RunStatus.Failed, RunErrorKind.MaxTurnsExceeded), (record.Status, record.ErrorKind));
        Assert.Null(record.LastAgentId);
        Assert.Null(record.Items[0].AgentId);
        Assert.Equal(SpanStatus.Running, record.Spans[0].Status);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("""{ "format": "agentstudio.design", "version": 1 }""")]
    [InlineData("""{ "format": "agentstudio.run", "version": 2, "id": "6f1c2b1e-8d4a-4c1b-9a57-3f0e2d9c7b11" }""")]
    [InlineData("""{ "format": "agentstudio.run", "version": 1 }""")]
    public void TextThatIsNotAV1Record_ReadsAsNull_WithoutThrowing(string text) => Assert.Null(RunRecordJson.Read(text));
}
