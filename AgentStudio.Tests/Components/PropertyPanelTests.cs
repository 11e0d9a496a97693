using System.Text.Json;
using AgentStudio.Components.Pages.Designer;
using AgentStudio.Core.Designs;
using AgentStudio.Core.Templates;
using AgentStudio.Designer;
using Bunit;
using Microsoft.AspNetCore.Components;
using MudBlazor.Services;

namespace AgentStudio.Tests.Components;

/// <summary>The designer's property panel: fields commit one command each; schemas are checked as they are typed.</summary>
public sealed class PropertyPanelTests : IAsyncDisposable
{
    private readonly BunitContext _context = new();
    private readonly List<DesignEdit> _edits = [];
    private readonly DesignDocument _design = DesignTemplates.Find("research-manager")!.Design;

    public PropertyPanelTests()
    {
        _context.JSInterop.Mode = JSRuntimeMode.Loose;
        _context.Services.AddMudServices();
        _context.Render<MudBlazor.MudPopoverProvider>();
    }

    private IRenderedComponent<PropertyPanel> Render(string? selected) => _context.Render<PropertyPanel>(p => p
        .Add(x => x.Design, _design)
        .Add(x => x.SelectedId, selected)
        .Add(x => x.OnEdit, EventCallback.Factory.Create<DesignEdit>(this, _edits.Add)));

    [Fact]
    public void NothingSelected_ExplainsHowToConnect()
    {
        var cut = Render(null);

        Assert.Contains("the upper port hands off", cut.Find("[data-testid=prop-empty]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void RenamingAnAgent_IsOneCommand_ThatRenamesOnlyIt()
    {
        var cut = Render("research");

        cut.Find("input[data-testid=prop-name]").Input("Researcher");

        var (description, change) = DesignEditCommands.For(Assert.Single(_edits));
        Assert.Equal("Rename agent", description);
        var after = change(_design);
        Assert.Equal("Researcher", after.Agents.Single(a => a.Id == "research").Name);
        Assert.Equal(_design.Agents.Where(a => a.Id != "research").Select(a => a.Name), after.Agents.Where(a => a.Id != "research").Select(a => a.Name));
    }

    [Fact]
    public void InstructionsShowTheirTokenCount()
    {
        var cut = Render("manager");

        Assert.Matches(@"≈ \d+ tokens", cut.Markup);
    }

    [Fact]
    public void OptionalToolParameters_AreSaidToBecomeRequiredUnderStrictMode()
    {
        var parameters = JsonDocument.Parse("""{ "type": "object", "properties": { "query": { "type": "string" }, "region": { "type": "string" } }, "required": ["query"] }""").RootElement.Clone();
        var design = _design with { Tools = [.. _design.Tools.Select(t => t is MockTool mock && t.Id == "web_search" ? mock with { Parameters = parameters } : t)] };

        var cut = _context.Render<PropertyPanel>(p => p.Add(x => x.Design, design).Add(x => x.SelectedId, "web_search"));

        var hint = cut.Find("[data-testid=strict-required-hint]").TextContent;
        Assert.Contains("must always fill region.", hint, StringComparison.Ordinal);
        Assert.DoesNotContain("query", hint, StringComparison.Ordinal);
    }

    [Fact]
    public void SchemasWhosePropertiesAreAllRequired_ShowNoStrictModeHint()
    {
        var cut = Render("web_search");

        Assert.Empty(cut.FindAll("[data-testid=strict-required-hint]"));
    }

    [Fact]
    public void OutputSchemaThatIsNotJson_ShowsWhere_AndCommitsNothing()
    {
        var cut = Render("analysis");

        cut.Find("textarea[data-testid=prop-output-schema]").Change("{ \"type\": ");

        Assert.Contains("Not valid JSON at line 1", cut.Markup, StringComparison.Ordinal);
        Assert.Empty(_edits);
    }

    [Fact]
    public void OutputSchemaWithAWrongType_NamesTheKeyword_AndCommitsNothing()
    {
        var cut = Render("analysis");

        cut.Find("textarea[data-testid=prop-output-schema]").Change("""{ "type": "object", "properties": { "score": { "type": "integr" } } }""");

        Assert.Contains("$.properties.score.type", cut.Markup, StringComparison.Ordinal);
        Assert.Empty(_edits);
    }

    [Fact]
    public void AValidOutputSchema_IsCommitted()
    {
        var cut = Render("analysis");

        cut.Find("textarea[data-testid=prop-output-schema]").Change("""{ "type": "object", "properties": { "summary": { "type": "string" } } }""");

        var (_, change) = DesignEditCommands.For(Assert.Single(_edits));
        var schema = change(_design).Agents.Single(a => a.Id == "analysis").OutputSchema!.Value;
        Assert.Equal(JsonValueKind.Object, schema.GetProperty("properties").GetProperty("summary").ValueKind);
    }

    [Fact]
    public void ASelectedHandoffEdge_EditsItsDescription()
    {
        var support = DesignTemplates.Find("customer-support")!.Design;
        var handoff = support.Edges.OfType<HandoffEdge>().First();
        var cut = _context.Render<PropertyPanel>(p => p
            .Add(x => x.Design, support)
            .Add(x => x.SelectedId, handoff.Id)
            .Add(x => x.OnEdit, EventCallback.Factory.Create<DesignEdit>(this, _edits.Add)));

        cut.Find("textarea[data-testid=prop-edge-description]").Input("Anything about money");

        Assert.Equal("Anything about money", DesignEditCommands.For(Assert.Single(_edits)).Apply(support).Edges.Single(e => e.Id == handoff.Id).Description);
    }

    public ValueTask DisposeAsync() => _context.DisposeAsync();
}
