using AgentStudio.Core.Designs;
using AgentStudio.Core.Running;
using AgentStudio.Core.Running.Compilation;
using AgentStudio.Core.Running.Models;
using AgentStudio.Core.Running.Models.Simulated;
using AgentStudio.Core.Templates;
using AgentStudio.Playground;

namespace AgentStudio.Tests.Running;

/// <summary>The playground's "Try: …" suggestions come from the design, whatever its name.</summary>
public sealed class PlaygroundSuggestionsTests
{
    private static DesignDocument Template(string id, string name) => DesignTemplates.Find(id)!.Design with { Name = name };

    [Fact]
    public void AHandoffDesign_SuggestsOneRequestPerHandoff_FromTheirDescriptions()
    {
        var suggestions = PlaygroundSuggestions.For(Template("customer-support", "Acme helpdesk"));

        Assert.Equal(["I need help with billing and payment issues.", "I need help with technical issues."], suggestions);
    }

    [Fact]
    public void AManagerDesign_SuggestsWhatItsToolsDo()
    {
        var suggestions = PlaygroundSuggestions.For(Template("research-manager", "Q4 planning"));

        Assert.Equal(["Please gather detailed research on a given topic.", "Please analyse research findings and draw conclusions."], suggestions);
    }

    [Fact]
    public void AToolWithoutADescription_IsSuggestedByName()
    {
        var design = new DesignDocument
        {
            Name = "x",
            Entry = "a",
            Agents = [new AgentDefinition { Id = "a", Name = "Helper", Instructions = "Help." }],
            Tools = [new BuiltinTool { Id = "t", Name = "current_time", Builtin = "current_time" }],
            Edges = [new ToolEdge { Id = "a-t", From = "a", To = "t" }],
        };

        Assert.Equal(["Use current time for me."], PlaygroundSuggestions.For(design));
    }

    [Theory]
    [InlineData("You are a travel planner. Plan trips.", "What can you do for me as a travel planner?")]
    [InlineData("Answer in French.", "Hello Helper, what can you help me with?")]
    [InlineData(null, "Hello Helper, what can you help me with?")]
    public void ALoneAgent_GetsASuggestionFromItsInstructions(string? instructions, string expected)
    {
        var design = new DesignDocument { Name = "x", Entry = "a", Agents = [new AgentDefinition { Id = "a", Name = "Helper", Instructions = instructions }] };

        Assert.Equal([expected], PlaygroundSuggestions.For(design));
    }

    [Fact]
    public void ADesignWithoutAnEntryAgent_SuggestsNothing() =>
        Assert.Empty(PlaygroundSuggestions.For(new DesignDocument { Name = "empty" }));

    [Fact]
    public async Task TheFirstSuggestion_RoutesWhereItSays_OnTheSimulatedModel()
    {
        var design = Template("customer-support", "Acme helpdesk");
        var runner = new AgentRunner(new ModelCatalog([], new SimulatedChatClient(new SimulatedModelOptions { ChunkDelay = TimeSpan.Zero })));

        var result = await runner.RunAsync(DesignCompiler.Compile(design).Design!, PlaygroundSuggestions.For(design)[0], cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("BillingAgent", result.LastAgent);
    }
}
