using System.Text.Json;
using System.Text.Json.Nodes;
using AgentStudio.Core.Running.Records;
using AgentStudio.Core.Running.Tracing;
using AgentStudio.Core.Serialization;
using AgentStudio.Playground;

namespace AgentStudio.Tests.Running;

/// <summary>Span details and structured outputs read as JSON people write: indented, characters as themselves.</summary>
public sealed class SpanDetailsTextTests
{
    private static readonly DateTimeOffset Start = DateTimeOffset.Parse("2026-11-25T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void QuotesEllipsesAndAccents_AreWrittenAsThemselves_NotAsUnicodeEscapes()
    {
        var span = new SpanRecord("s1", null, SpanKind.Function, "web_search", Start, Start.AddMilliseconds(12), SpanStatus.Ok, null,
            new JsonObject { ["output"] = "Top results for \"café\"… <b>bold</b>" });

        var text = SpanDetailsText.Of(span);

        Assert.Contains("\"output\": \"Top results for \\\"café\\\"… <b>bold</b>\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", text, StringComparison.Ordinal);
        Assert.Contains("\"duration_ms\": 12", text, StringComparison.Ordinal);
    }

    [Fact]
    public void JsonTextInAValue_IsShownAsTheIndentedJsonItHolds()
    {
        var span = new SpanRecord("s1", null, SpanKind.Function, "research", Start, null, SpanStatus.Running, null,
            new JsonObject { ["arguments"] = """{"input":"AI in “healthcare”"}""", ["output"] = "[not json" });

        var text = SpanDetailsText.Of(span);

        Assert.Contains("\"arguments\": {\n    \"input\": \"AI in “healthcare”\"\n  }", text.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("\"output\": \"[not json\"", text, StringComparison.Ordinal);
        Assert.Contains("\"duration_ms\": null", text, StringComparison.Ordinal);
    }

    [Fact]
    public void AStructuredOutput_IsIndented_WithItsCharactersAsThemselves()
    {
        using var output = JsonDocument.Parse("""{"topic":"AI \u2026 \u0022care\u0022","sources":["é"]}""");

        var text = ReadableJson.Write(output.RootElement).ReplaceLineEndings("\n");

        Assert.Equal("{\n  \"topic\": \"AI … \\\"care\\\"\",\n  \"sources\": [\n    \"é\"\n  ]\n}", text);
    }
}
