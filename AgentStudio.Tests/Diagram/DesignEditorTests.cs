using AgentStudio.Core.Designs;
using AgentStudio.Core.Editing;
using AgentStudio.Diagram;

namespace AgentStudio.Tests.Diagram;

public sealed class DesignEditorTests
{
    private readonly DesignEditor _editor = new(new DesignDocument { Name = "Editing" });
    private readonly List<string> _changes = [];

    public DesignEditorTests() => _editor.Changed += _changes.Add;

    private void AddAgent() => _editor.Execute("Add agent", d => DesignCommands.AddAgent(d, default).Design);

    [Fact]
    public void EveryCommand_RaisesOneChange_AndCanBeUndoneAndRedone()
    {
        AddAgent();
        AddAgent();

        _editor.Undo();
        Assert.Single(_editor.Design.Agents);
        _editor.Undo();
        Assert.Empty(_editor.Design.Agents);
        Assert.False(_editor.CanUndo);
        _editor.Redo();
        _editor.Redo();

        Assert.Equal(2, _editor.Design.Agents.Count);
        Assert.Equal(["Add agent", "Add agent", "Undo Add agent", "Undo Add agent", "Redo Add agent", "Redo Add agent"], _changes);
        Assert.Equal(6, _editor.Version);
    }

    [Fact]
    public void ANewCommand_ClearsRedo()
    {
        AddAgent();
        _editor.Undo();

        AddAgent();

        Assert.False(_editor.CanRedo);
    }

    [Fact]
    public void ACommandThatChangesNothing_IsNotRecorded()
    {
        _editor.Execute("Nothing", d => d);

        Assert.False(_editor.CanUndo);
        Assert.Empty(_changes);
    }

    [Fact]
    public void Selection_IsNotPartOfTheDocument_AndDropsDeletedIds()
    {
        AddAgent();
        var selectionChanges = 0;
        _editor.SelectionChanged += () => selectionChanges++;
        _editor.Select(["agent-1"]);

        _editor.Execute("Delete", d => DesignCommands.Delete(d, new HashSet<string> { "agent-1" }));

        Assert.Empty(_editor.Selection);
        Assert.Equal(2, selectionChanges);
        _editor.Undo();
        Assert.Single(_editor.Design.Agents);
    }

    [Fact]
    public void Reset_ReplacesTheDesign_AndForgetsUndo()
    {
        AddAgent();

        _editor.Reset(new DesignDocument { Name = "Reloaded" });

        Assert.Equal("Reloaded", _editor.Design.Name);
        Assert.False(_editor.CanUndo);
    }
}
