using System.Text.Json;
using AgentStudio.Core.Designs;
using AgentStudio.Designer;

namespace AgentStudio.Tests.Designer;

/// <summary>Named edits become design commands: each changes only its target, and normalises blank and default values.</summary>
public sealed class DesignEditCommandsTests
{
    private static readonly DesignDocument Design = new()
    {
        Name = "Edits",
        Agents =
        [
            new AgentDefinition { Id = "a", Name = "A", ModelSettings = new ModelSettings { Temperature = 0.5 } },
            new AgentDefinition { Id = "b", Name = "B" },
        ],
        Tools =
        [
            new HttpTool { Id = "http", Name = "call", Url = "https://example.com", Body = "x" },
            new MockTool { Id = "mock", Name = "mock" },
        ],
        Edges = [new HandoffEdge { Id = "e", From = "a", To = "b", ToolName = "go" }],
        Notes = [new DesignNote { Id = "n", Text = "Hi" }],
        Entry = "a",
    };

    private static DesignDocument Apply(DesignEdit edit) => DesignEditCommands.For(edit).Apply(Design);

    [Fact]
    public void AnAgentEdit_ChangesOnlyThatAgent()
    {
        var after = Apply(new SetAgentModel("b", "gpt-4o-mini"));

        Assert.Equal("gpt-4o-mini", after.Agents[1].Model);
        Assert.Equal(Design.Agents[0], after.Agents[0]);
        Assert.Equal("Change model", DesignEditCommands.For(new SetAgentModel("b", "x")).Description);
    }

    [Fact]
    public void DefaultsAndBlanks_AreNotWritten()
    {
        Assert.Null(Apply(new SetTemperature("a", null)).Agents[0].ModelSettings);
        Assert.Null(Apply(new SetToolUseBehavior("a", ToolUseBehavior.RunLlmAgain)).Agents[0].ToolUseBehavior);
        Assert.Equal(ToolUseBehavior.StopOnFirstTool, Apply(new SetToolUseBehavior("a", ToolUseBehavior.StopOnFirstTool)).Agents[0].ToolUseBehavior);
        Assert.Null(Apply(new SetToolChoice("a", "  ")).Agents[0].ModelSettings!.ToolChoice);
        Assert.Null(((HttpTool)Apply(new SetHttpBody("http", " ")).Tools[0]).Body);
        Assert.Null(Apply(new SetEdgeToolName("e", "")).Edges[0].ToolName);
        Assert.Equal("", Apply(new SetNoteText("n", null)).Notes[0].Text);
    }

    [Fact]
    public void AnEditForAnotherKindOfTool_LeavesTheToolAsItIs()
    {
        Assert.Equal(Design.Tools, Apply(new SetHttpUrl("mock", "https://elsewhere")).Tools);
        Assert.Equal(Design.Tools, Apply(new SetMockResponse("http", "text")).Tools);
    }

    [Fact]
    public void Parameters_AreSetOnMockAndHttpTools()
    {
        using var schema = JsonDocument.Parse("""{ "type": "object" }""");

        var after = Apply(new SetToolParameters("http", schema.RootElement.Clone()));
        after = DesignEditCommands.For(new SetToolParameters("mock", schema.RootElement.Clone())).Apply(after);

        Assert.Equal(JsonValueKind.Object, ((HttpTool)after.Tools[0]).Parameters!.Value.ValueKind);
        Assert.Equal(JsonValueKind.Object, ((MockTool)after.Tools[1]).Parameters!.Value.ValueKind);
    }

    [Fact]
    public void EntryAndHistoryFilter_AreSet()
    {
        Assert.Equal("b", Apply(new SetEntryAgent("b")).Entry);
        Assert.Equal(HistoryFilter.NoTools, ((HandoffEdge)Apply(new SetHistoryFilter("e", HistoryFilter.NoTools)).Edges[0]).HistoryFilter);
    }

    [Fact]
    public void PaletteKeys_StandForTheirAddIntents()
    {
        var at = new CanvasPosition(1, 2);

        Assert.Equal(new DesignerIntent.AddAgent(at), PaletteKeys.ToIntent("agent", at));
        Assert.Equal(new DesignerIntent.AddNote(), PaletteKeys.ToIntent("note"));
        Assert.Equal(new DesignerIntent.AddTool(ToolKinds.Mcp, at), PaletteKeys.ToIntent(PaletteKeys.Tool(ToolKinds.Mcp), at));
        Assert.Equal("tool:mock", PaletteKeys.Tool(ToolKinds.Mock));
        Assert.Null(PaletteKeys.ToIntent("tool:unknown"));
    }
}
