using AgentStudio.Core.Designs;
using AgentStudio.Core.Exporting;
using AgentStudio.Core.Templates;
using AgentStudio.Diagram;
using AgentStudio.Exporting;

namespace AgentStudio.Tests.Exporting;

/// <summary>What the canvas marks while the export dialog shows a language: that language's refusals, on their elements.</summary>
public sealed class ExportRefusalMarksTests
{
    private static readonly CodeExporter Exporter = new(CodeGenerators.All);

    // C# cannot stop a handed-off agent on its first tool's output; Python and TypeScript can.
    private static readonly DesignDocument BillingStopsOnFirstTool = StopOnFirstTool(DesignTemplates.Find("customer-support")!.Design, "billing");

    [Fact]
    public void CSharp_MarksTheRefusedAgent_WithTheRefusalMessage()
    {
        var outcome = CodeExportOutcome.Create(Exporter, BillingStopsOnFirstTool, 3, CodeTarget.CSharp);

        var marks = ExportRefusalMarks.Of(outcome);

        var (id, mark) = Assert.Single(marks);
        Assert.Equal("billing", id);
        Assert.Equal("Cannot export to C#", mark.Badge);
        Assert.Equal($"Cannot export to C#: {Assert.Single(outcome.Refusals).Message}", mark.Message);
        Assert.StartsWith("Cannot export to C#: Agent BillingAgent stops on its first tool's output", mark.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(CodeTarget.Python)]
    [InlineData(CodeTarget.TypeScript)]
    public void LanguageThatExpressesTheDesign_MarksNothing(CodeTarget target)
    {
        var outcome = CodeExportOutcome.Create(Exporter, BillingStopsOnFirstTool, 3, target);

        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Messages));
        Assert.Empty(ExportRefusalMarks.Of(outcome));
    }

    [Fact]
    public void TwoRefusalsOfOneElement_MakeOneMark_CarryingBoth()
    {
        var outcome = new CodeExportOutcome(CodeTarget.TypeScript, [], new CodeExport(CodeTarget.TypeScript, [],
        [
            new ExportRefusal("lookup", "lookup", "Tool lookup has no URL."),
            new ExportRefusal("lookup", "lookup", "Tool lookup: its method is a template."),
            new ExportRefusal(null, "Whole design", "The design has no entry agent to run."),
        ]));

        var marks = ExportRefusalMarks.Of(outcome);

        Assert.Equal(new Dictionary<string, DiagramMark>
        {
            ["lookup"] = new("Cannot export to TypeScript", "Cannot export to TypeScript: Tool lookup has no URL. Tool lookup: its method is a template."),
        }, marks);
    }

    [Fact]
    public void ValidationErrors_AreLeftToTheProblemMarks()
    {
        var design = BillingStopsOnFirstTool with { Edges = [.. BillingStopsOnFirstTool.Edges, new ToolEdge { Id = "dangling", From = "billing", To = "missing" }] };

        var outcome = CodeExportOutcome.Create(Exporter, design, 3, CodeTarget.CSharp);

        Assert.NotEmpty(outcome.Errors);
        Assert.Empty(ExportRefusalMarks.Of(outcome));
        Assert.Empty(ExportRefusalMarks.Of(null));
    }

    private static DesignDocument StopOnFirstTool(DesignDocument design, string agentId) =>
        design with { Agents = [.. design.Agents.Select(a => a.Id == agentId ? a with { ToolUseBehavior = ToolUseBehavior.StopOnFirstTool } : a)] };
}
