using System.Text.Json.Nodes;
using AgentStudio.Components.Pages.Playground;
using AgentStudio.Core.Running;
using AgentStudio.Core.Running.Records;
using AgentStudio.Core.Running.Tracing;
using AgentStudio.Playground;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace AgentStudio.Tests.Components;

/// <summary>The playground's chat and timeline components, fed directly.</summary>
public sealed class PlaygroundComponentsTests : IAsyncDisposable
{
    private readonly BunitContext _context = new();

    public PlaygroundComponentsTests()
    {
        _context.JSInterop.Mode = JSRuntimeMode.Loose;
        _context.Services.AddMudServices();
        _context.Services.AddSingleton(TimeProvider.System);
    }

    [Fact]
    public void Chat_ShowsMessagesCardsAndOutcome_AndEscapesHtmlInAnswers()
    {
        var answer = new AgentMessageEntry("BillingAgent") { Text = "**Refunded** <script>alert(1)</script> [x](javascript:alert(2))", Streaming = false };
        ChatEntry[] entries =
        [
            new UserEntry("I was charged twice"),
            new HandoffEntry("TriageAgent", "BillingAgent"),
            new ToolCallEntry("BillingAgent", "c1", "lookup_invoices", """{"id":"1"}""") { Output = "2 invoices", DurationMs = 12 },
            answer,
            new OutcomeEntry(RunStatus.Completed, null, new RunUsage(2, 100, 20), TimeSpan.FromMilliseconds(450), "BillingAgent"),
        ];

        var cut = _context.Render<ChatView>(p => p.Add(x => x.Entries, entries));

        Assert.Equal("I was charged twice", cut.Find("[data-testid=chat-user]").TextContent);
        Assert.Contains("TriageAgent handed off to BillingAgent", cut.Find("[data-testid=chat-handoff-card]").TextContent, StringComparison.Ordinal);
        Assert.Contains("2 invoices", cut.Find("[data-testid=chat-tool-card]").TextContent, StringComparison.Ordinal);
        var text = cut.Find("[data-testid=chat-agent-text]");
        Assert.Equal("Refunded", text.QuerySelector("strong")!.TextContent);
        Assert.Null(text.QuerySelector("script"));
        Assert.Contains("<script>alert(1)</script>", text.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", text.InnerHtml, StringComparison.Ordinal);
        Assert.Contains("2 model calls · 120 tokens", cut.Find("[data-testid=chat-outcome]").TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(RunStatus.Completed, "1 model call · 1 token")]
    [InlineData(RunStatus.Cancelled, "after 1 model call.")]
    public void Outcome_CountsOneModelCall_InTheSingular(RunStatus status, string expected)
    {
        ChatEntry[] entries = [new OutcomeEntry(status, null, new RunUsage(1, 1, 0), TimeSpan.FromMilliseconds(10), "BillingAgent")];

        var cut = _context.Render<ChatView>(p => p.Add(x => x.Entries, entries));

        Assert.Contains(expected, cut.Find("[data-testid=chat-outcome]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Chat_ShowsAStructuredOutputAsFormattedJson()
    {
        var entries = new ChatEntry[] { new AgentMessageEntry("ResearchAgent") { Text = "{}", StructuredJson = "{\n  \"topic\": \"bees\"\n}", Streaming = false } };

        var cut = _context.Render<ChatView>(p => p.Add(x => x.Entries, entries));

        Assert.Contains("\"topic\": \"bees\"", cut.Find("[data-testid=chat-structured]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Timeline_NestsSpans_AndShowsDurationTokensAndTimeToFirstToken()
    {
        var start = DateTimeOffset.Parse("2026-11-25T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        SpanRecord[] spans =
        [
            new("s1", null, SpanKind.Agent, "TriageAgent", start, start.AddMilliseconds(400), SpanStatus.Ok, null, []),
            new("s2", "s1", SpanKind.Generation, "gpt-4o", start.AddMilliseconds(10), start.AddMilliseconds(300), SpanStatus.Ok, null,
                new JsonObject { ["input_tokens"] = 120, ["output_tokens"] = 9, ["time_to_first_token_ms"] = 85.5 }),
            new("s3", "s1", SpanKind.Handoff, "TriageAgent → BillingAgent", start.AddMilliseconds(300), start.AddMilliseconds(301), SpanStatus.Error, "Multiple handoffs", []),
        ];
        SpanRecord? clicked = null;

        var cut = _context.Render<TraceTimeline>(p => p.Add(x => x.Spans, spans).Add(x => x.OnSelect, s => clicked = s));

        var rows = cut.FindAll("[data-testid=trace-span]");
        Assert.Equal(["agent", "generation", "handoff"], rows.Select(r => r.GetAttribute("data-kind")));
        Assert.Contains("400 ms", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("120/9 tok", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("TTFT 85.5 ms", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("error", rows[2].ClassList);
        Assert.Equal("padding-left:14px", rows[1].QuerySelector(".trace-label")!.GetAttribute("style"));
        rows[2].Click();
        Assert.Equal("s3", clicked!.Id);
    }

    [Fact]
    public void EmptyChat_OffersTheSuggestions_AndAPickIsPassedOn()
    {
        string? picked = null;

        var cut = _context.Render<ChatView>(p => p
            .Add(x => x.Entries, Array.Empty<ChatEntry>())
            .Add(x => x.Suggestions, ["I need help with billing.", "Please gather research."])
            .Add(x => x.OnSuggestion, s => picked = s));

        Assert.StartsWith("Try:", cut.Find("[data-testid=chat-suggestions]").TextContent.Trim(), StringComparison.Ordinal);
        cut.FindAll("[data-testid=chat-suggestion]")[1].Click();
        Assert.Equal("Please gather research.", picked);
    }

    [Fact]
    public void SpanDetails_ShowReadableJson_WithMarkupInTheDataAsText()
    {
        var start = DateTimeOffset.Parse("2026-11-25T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        var span = new SpanRecord("s1", null, SpanKind.Function, "web_search", start, start.AddMilliseconds(3), SpanStatus.Ok, null,
            new JsonObject { ["arguments"] = """{"query":"\"AI\" <script>alert(1)</script>"}""", ["output"] = "Top results… for “AI”" });

        var cut = _context.Render<SpanDetails>(p => p.Add(x => x.Span, span));

        var json = cut.Find("[data-testid=span-json]");
        Assert.Contains("\"query\": \"\\\"AI\\\" <script>alert(1)</script>\"", json.TextContent, StringComparison.Ordinal);
        Assert.Contains("\"output\": \"Top results… for “AI”\"", json.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", json.TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("script"));
        Assert.Equal("function · web_search · Completed", cut.Find(".mud-typography-subtitle2").TextContent.Trim());
    }

    public ValueTask DisposeAsync() => _context.DisposeAsync();
}
