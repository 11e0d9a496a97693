using AgentStudio.Core.Designs;
using AgentStudio.Core.Templates;
using AgentStudio.Core.Validation;
using AgentStudio.Designer;
using AgentStudio.Tests.Fakes;
using AgentStudio.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace AgentStudio.Tests.Designer;

/// <summary>The designer session decides what each intent does: edits, selection, undo and redo, problems.</summary>
public sealed class DesignerSessionTests : IAsyncDisposable
{
    private readonly DesignerSessionHarness _harness = new();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private Task<DesignerSession> OpenAsync(DesignDocument? design = null) => _harness.OpenAsync(design ?? new DesignDocument { Name = "Session" });

    [Fact]
    public async Task OpeningAMissingOrTrashedDesign_GivesNoSession()
    {
        var trashed = await _harness.Store.CreateAsync(new DesignDocument { Name = "Trashed" }, cancellationToken: Cancel);
        await _harness.Store.DeleteAsync(trashed.Id, Cancel);

        Assert.Null(await DesignerSession.OpenAsync(_harness.Store, Guid.NewGuid(), _harness.Clock, Cancel));
        Assert.Null(await DesignerSession.OpenAsync(_harness.Store, trashed.Id, _harness.Clock, Cancel));
    }

    [Fact]
    public async Task PaletteClicks_AddRightOfEverything_AndSelectWhatWasAdded()
    {
        var session = await OpenAsync();

        session.Execute(new DesignerIntent.AddAgent());
        session.Execute(new DesignerIntent.AddTool(ToolKinds.Http));

        var agent = Assert.Single(session.Design.Agents);
        var tool = Assert.IsType<HttpTool>(Assert.Single(session.Design.Tools));
        Assert.Equal(agent.Id, session.Design.Entry);
        Assert.Equal(new CanvasPosition(40, 40), session.Design.Layout[agent.Id]);
        Assert.Equal(new CanvasPosition(340, 40), session.Design.Layout[tool.Id]);
        Assert.Equal([tool.Id], session.Selection);
        Assert.Equal("Add http", session.UndoDescription);
        Assert.Equal(2, session.Nodes.Count);
    }

    [Fact]
    public async Task UndoAndRedo_TakeAnIntentBackAndDoItAgain()
    {
        var session = await OpenAsync();
        session.Execute(new DesignerIntent.AddNote(new CanvasPosition(10.4, 20.6)));

        session.Execute(new DesignerIntent.Undo());
        Assert.Empty(session.Design.Notes);
        Assert.Empty(session.Nodes);
        Assert.True(session.CanRedo);
        Assert.Equal("Add note", session.RedoDescription);

        session.Execute(new DesignerIntent.Redo());
        Assert.Equal(new CanvasPosition(10, 21), session.Design.Layout[Assert.Single(session.Design.Notes).Id]);
        Assert.False(session.CanRedo);
    }

    [Fact]
    public async Task TypingInOneField_IsOneUndoStep_ButEditingAnotherAgentIsTheNext()
    {
        var session = await OpenAsync();
        session.Execute(new DesignerIntent.AddAgent());
        session.Execute(new DesignerIntent.AddAgent());

        foreach (var text in new[] { "H", "He", "Hello" })
        {
            session.Execute(new SetInstructions("agent-1", text));
        }

        session.Execute(new SetInstructions("agent-2", "Other"));

        session.Execute(new DesignerIntent.Undo());
        Assert.Equal("", session.Design.Agents[1].Instructions);
        Assert.Equal("Hello", session.Design.Agents[0].Instructions);
        session.Execute(new DesignerIntent.Undo());
        Assert.Equal("", session.Design.Agents[0].Instructions);
        Assert.Equal(2, session.Design.Agents.Count);
    }

    [Fact]
    public async Task Problems_FollowEveryChange_ErrorsFirst_AndMarkTheirNodes()
    {
        var session = await OpenAsync();
        session.Execute(new DesignerIntent.AddAgent());
        Assert.Contains(session.Problems, p => p.Code == ProblemCodes.NoInstructions && p.NodeId == "agent-1");

        session.Execute(new SetInstructions("agent-1", "Answer briefly."));
        session.Execute(new RenameAgent("agent-1", " "));

        Assert.DoesNotContain(session.Problems, p => p.Code == ProblemCodes.NoInstructions);
        Assert.Equal(ProblemCodes.BlankAgentName, session.Problems[0].Code);
        Assert.Contains("agent-1", session.ProblemIds);

        session.Execute(new DesignerIntent.Undo());
        Assert.DoesNotContain(session.Problems, p => p.Code == ProblemCodes.BlankAgentName);
        Assert.DoesNotContain("agent-1", session.ProblemIds);
    }

    [Fact]
    public async Task ARefusedConnection_ChangesNothing_AndSaysWhy()
    {
        var session = await OpenAsync();
        session.Execute(new DesignerIntent.AddAgent());
        session.Execute(new DesignerIntent.AddTool(ToolKinds.Mock));
        var before = session.Design;
        var refusals = new List<string>();
        session.Refused += refusals.Add;

        session.Execute(new DesignerIntent.Connect(Handoff: true, "agent-1", "tool-1"));

        Assert.Same(before, session.Design);
        Assert.Equal("Add mock", session.UndoDescription);
        var reason = Assert.Single(refusals);
        // The validator's own reason for the would-be edge.
        Assert.Contains("goes to a tool: a handoff transfers the conversation to another agent", reason, StringComparison.Ordinal);
        Assert.Equal(reason, session.Message);

        session.Execute(new DesignerIntent.DismissMessage());
        Assert.Null(session.Message);
    }

    [Fact]
    public async Task AnAcceptedConnection_AddsTheEdge_AndSelectsIt()
    {
        var session = await OpenAsync();
        session.Execute(new DesignerIntent.AddAgent());
        session.Execute(new DesignerIntent.AddTool(ToolKinds.Mock));

        session.Execute(new DesignerIntent.Connect(Handoff: false, "agent-1", "tool-1"));

        var edge = Assert.IsType<ToolEdge>(Assert.Single(session.Design.Edges));
        Assert.Equal(("agent-1", "tool-1"), (edge.From, edge.To));
        Assert.Equal(edge.Id, session.SingleSelectedId);
        Assert.Single(session.Links);
        Assert.Equal("Add tool edge", session.UndoDescription);
    }

    [Fact]
    public async Task Selection_ClickToggleMarqueeAllAndClear()
    {
        var session = await OpenAsync();
        session.Execute(new DesignerIntent.AddAgent());
        session.Execute(new DesignerIntent.AddAgent());
        session.Execute(new DesignerIntent.AddNote());

        session.Execute(new DesignerIntent.Select("agent-1"));
        session.Execute(new DesignerIntent.Select("note-1", Additive: true));
        Assert.Equal(["agent-1", "note-1"], session.Selection.Order());
        Assert.Null(session.SingleSelectedId);

        session.Execute(new DesignerIntent.Select("agent-1", Additive: true));
        Assert.Equal("note-1", session.SingleSelectedId);

        session.Execute(new DesignerIntent.SelectMany(["agent-1", "agent-2"]));
        Assert.Equal(["agent-1", "agent-2"], session.Selection.Order());

        session.Execute(new DesignerIntent.SelectAll());
        Assert.Equal(3, session.Selection.Count);

        session.Execute(new DesignerIntent.ClearSelection());
        Assert.Empty(session.Selection);
    }

    [Fact]
    public async Task DeletingTheSelection_TakesItsEdgesAlong_AsOneStep()
    {
        var session = await OpenAsync();
        session.Execute(new DesignerIntent.AddAgent());
        session.Execute(new DesignerIntent.AddTool(ToolKinds.Mock));
        session.Execute(new DesignerIntent.Connect(Handoff: false, "agent-1", "tool-1"));
        session.Execute(new DesignerIntent.SelectMany(["agent-1", "tool-1"]));

        session.Execute(new DesignerIntent.DeleteSelection());

        Assert.Empty(session.Design.Agents);
        Assert.Empty(session.Design.Edges);
        Assert.Empty(session.Selection);
        Assert.Equal("Delete 2 items", session.UndoDescription);
        session.Execute(new DesignerIntent.Undo());
        Assert.Single(session.Design.Edges);
    }

    [Fact]
    public async Task DuplicateAndCopyPaste_AddCopies_AndSelectThem()
    {
        var session = await OpenAsync();
        session.Execute(new DesignerIntent.AddAgent());

        session.Execute(new DesignerIntent.DuplicateSelection());
        var copy = Assert.Single(session.Selection);
        Assert.NotEqual("agent-1", copy);
        Assert.Equal(2, session.Design.Agents.Count);

        var json = session.CopySelection();
        Assert.NotNull(json);
        session.Execute(new DesignerIntent.Paste(json));
        Assert.Equal(3, session.Design.Agents.Count);
        Assert.DoesNotContain(copy, session.Selection);
        Assert.Equal("Paste", session.UndoDescription);
    }

    [Fact]
    public async Task Moves_AreRoundedAndUndoable_OneStepPerGesture()
    {
        var session = await OpenAsync();
        session.Execute(new DesignerIntent.AddAgent(new CanvasPosition(0, 0)));
        session.Execute(new DesignerIntent.AddNote(new CanvasPosition(0, 200)));

        session.Execute(new DesignerIntent.MoveNode("agent-1", new CanvasPosition(99.6, 10.2)));
        session.Execute(new DesignerIntent.MoveNodes(new Dictionary<string, CanvasPosition>
        {
            ["agent-1"] = new(1, 2),
            ["note-1"] = new(3, 4),
        }));

        Assert.Equal("Move 2 items", session.UndoDescription);
        Assert.Equal(new CanvasPosition(3, 4), session.Design.Layout["note-1"]);
        session.Execute(new DesignerIntent.Undo());
        Assert.Equal(new CanvasPosition(100, 10), session.Design.Layout["agent-1"]);
        Assert.Equal("Move", session.UndoDescription);
    }

    [Fact]
    public async Task Import_ReplacesTheDesign_AsOneUndoableStep()
    {
        var session = await OpenAsync();
        session.Execute(new DesignerIntent.AddAgent());
        var imported = DesignTemplates.Find("customer-support")!.Design;

        session.Execute(new DesignerIntent.Import(imported, "support.json"));
        Assert.Equal(imported, session.Design);
        Assert.Empty(session.Selection);
        Assert.Equal("Import support.json", session.UndoDescription);

        session.Execute(new DesignerIntent.Undo());
        Assert.Equal("agent-1", Assert.Single(session.Design.Agents).Id);
    }

    [Fact]
    public async Task ArrangeAll_LaysEveryNodeOutAfresh_AsOneUndoableStep()
    {
        var session = await OpenAsync();
        session.Execute(new DesignerIntent.AddAgent(new CanvasPosition(5, 5)));
        session.Execute(new DesignerIntent.AddAgent(new CanvasPosition(7, 7)));
        var before = session.Design.Layout;

        session.Execute(new DesignerIntent.ArrangeAll());

        Assert.Equal("Auto-layout", session.UndoDescription);
        Assert.NotEqual(before["agent-2"], session.Design.Layout["agent-2"]);
        session.Execute(new DesignerIntent.Undo());
        Assert.Equal(new CanvasPosition(7, 7), session.Design.Layout["agent-2"]);
    }

    [Fact]
    public async Task EveryChange_IsAnnounced()
    {
        var session = await OpenAsync();
        var changes = 0;
        session.Changed += () => changes++;

        session.Execute(new DesignerIntent.AddAgent());
        var afterAdd = changes;
        session.Execute(new DesignerIntent.ClearSelection());

        Assert.True(afterAdd > 0);
        Assert.True(changes > afterAdd);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _harness.DisposeAsync();
}
