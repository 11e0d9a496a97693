using AgentStudio.Core.Designs;
using AgentStudio.Core.Exporting;
using AgentStudio.Core.Exporting.Python;

namespace AgentStudio.Tests.Exporting.Python;

/// <summary>What the Python export cannot write is refused with the element's id and name, and nothing is written.</summary>
public sealed class PythonRefusalTests
{
    [Fact]
    public void SecretName_ThatCannotBeAnEnvironmentVariable_IsRefused_NamingTheTool()
    {
        var export = Generate(design => WithTool(design, (HttpTool)design.FindTool("weather")! with { Url = "https://example.com/?k=${secret:my-key}" }));

        var refusal = Assert.Single(export.Refusals);
        Assert.Equal("weather", refusal.ElementId);
        Assert.Contains("my-key", refusal.Message, StringComparison.Ordinal);
        Assert.Empty(export.Files);
    }

    [Fact]
    public void Placeholder_ReadingInsideAnArgument_IsRefused()
    {
        var export = Generate(design => WithTool(design, (MockTool)design.FindTool("lookup_order")! with { Response = "Order {{order.id}}" }));

        var refusal = Assert.Single(export.Refusals);
        Assert.Equal("lookup_order", refusal.ElementId);
        Assert.Contains("{{order.id}}", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OutputSchema_WithACombinator_IsRefused_NamingTheAgent()
    {
        var schema = System.Text.Json.JsonDocument.Parse("""{"type":"object","properties":{"x":{"anyOf":[{"type":"string"},{"type":"integer"}]}}}""").RootElement.Clone();
        var export = Generate(design => design with
        {
            Agents = [.. design.Agents.Select(a => a.Id == "summary" ? a with { OutputSchema = schema } : a)],
        });

        var refusal = Assert.Single(export.Refusals);
        Assert.Equal("summary", refusal.ElementId);
        Assert.Contains("property x", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownBuiltin_IsRefused_NamingTheTool()
    {
        var export = Generate(design => WithTool(design, (BuiltinTool)design.FindTool("clock")! with { Builtin = "teleport" }));

        var refusal = Assert.Single(export.Refusals);
        Assert.Equal("clock", refusal.ElementId);
        Assert.Contains("teleport", refusal.Message, StringComparison.Ordinal);
    }

    private static CodeExport Generate(Func<DesignDocument, DesignDocument> change) =>
        new PythonGenerator().Generate(new ExportSource(change(PythonExportCases.Load(PythonExportCases.EveryFeature)), 1));

    private static DesignDocument WithTool(DesignDocument design, ToolDefinition tool) =>
        design with { Tools = [.. design.Tools.Select(t => t.Id == tool.Id ? tool : t)] };
}
