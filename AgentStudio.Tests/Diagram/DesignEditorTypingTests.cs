using AgentStudio.Core.Designs;
using AgentStudio.Core.Editing;
using AgentStudio.Diagram;

namespace AgentStudio.Tests.Diagram;

public sealed class DesignEditorTypingTests
{
    private const string InstructionsOfAgent1 = "agent-1\nEdit instructions";

    private static DesignDocument Type(DesignDocument design, string text) =>
        DesignCommands.UpdateAgent(design, "agent-1", a => a with { Instructions = text });

    [Fact]
    public void TypingInOneField_IsOneUndoStep_AndAnotherCommandStartsTheNext()
    {
        var editor = new DesignEditor(DesignCommands.AddAgent(new DesignDocument { Name = "Typing" }, default).Design);

        foreach (var text in new[] { "H", "He", "Hel", "Hello" })
        {
            editor.Execute("Edit instructions", d => Type(d, text), InstructionsOfAgent1);
        }

        editor.Execute("Add agent", d => DesignCommands.AddAgent(d, default).Design);
        editor.Execute("Edit instructions", d => Type(d, "Hello!"), InstructionsOfAgent1);

        editor.Undo();
        Assert.Equal("Hello", editor.Design.Agents[0].Instructions);
        editor.Undo();
        Assert.Single(editor.Design.Agents);
        editor.Undo();
        Assert.Equal("", editor.Design.Agents[0].Instructions);
        Assert.False(editor.CanUndo);
    }
}
