using AgentStudio.Core.Designs;
using AgentStudio.Designer;
using AgentStudio.Tests.Fakes;
using AgentStudio.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace AgentStudio.Tests.Designer;

/// <summary>What the keyboard's intents do in the session: nudges, "Connect to…", the design's own properties, and what is announced.</summary>
public sealed class DesignerSessionKeyboardTests : IAsyncDisposable
{
    private readonly DesignerSessionHarness _harness = new();

    private Task<DesignerSession> OpenAsync() => _harness.OpenAsync(new DesignDocument { Name = "Keys" });

    [Fact]
    public async Task Nudges_OfOneNode_AreOneUndoStep_AndAnnounceWhereItWent()
    {
        var session = await OpenAsync();
        session.Execute(new DesignerIntent.AddAgent(new CanvasPosition(100, 100)));

        session.Execute(new DesignerIntent.NudgeNode("agent-1", new CanvasPosition(120, 100)));
        session.Execute(new DesignerIntent.NudgeNode("agent-1", new CanvasPosition(140, 100)));
        session.Execute(new DesignerIntent.NudgeNode("agent-1", new CanvasPosition(140, 80)));

        Assert.Equal(new CanvasPosition(140, 80), session.Design.Layout["agent-1"]);
        Assert.Equal("Agent1 moved to 140, 80", session.Announcement);
        session.Execute(new DesignerIntent.Undo());
        Assert.Equal(new CanvasPosition(100, 100), session.Design.Layout["agent-1"]);
    }

    [Fact]
    public async Task ConnectOptions_OfferOnlyWhatTheRulesAllow_AndConnectingAnnouncesTheEdge()
    {
        var session = await OpenAsync();
        session.Execute(new DesignerIntent.AddAgent(new CanvasPosition(0, 0)));
        session.Execute(new DesignerIntent.AddAgent(new CanvasPosition(300, 0)));
        session.Execute(new DesignerIntent.AddTool(ToolKinds.Mock, new CanvasPosition(300, 200)));

        var options = session.ConnectOptionsFrom("agent-1");

        Assert.Equal(
            [new ConnectOption(true, "agent-2", "Agent2"), new ConnectOption(false, "agent-2", "Agent2"), new ConnectOption(false, "tool-1", "tool_1")],
            options);
        Assert.Empty(session.ConnectOptionsFrom("tool-1"));

        session.Execute(options[0].ToIntent("agent-1"));
        Assert.Equal("Connected Agent1 → Agent2 by handoff", session.Announcement);
        // Once drawn, the same handoff is not offered again.
        Assert.DoesNotContain(new ConnectOption(true, "agent-2", "Agent2"), session.ConnectOptionsFrom("agent-1"));
    }

    [Fact]
    public async Task SelectionChanges_AndRefusals_AreAnnounced()
    {
        var session = await OpenAsync();
        session.Execute(new DesignerIntent.AddAgent(new CanvasPosition(0, 0)));
        Assert.Equal("Agent1 added", session.Announcement);
        session.Execute(new DesignerIntent.AddTool(ToolKinds.Mock, new CanvasPosition(300, 0)));

        session.Execute(new DesignerIntent.Select("agent-1"));
        Assert.Equal("Agent1 selected", session.Announcement);
        session.Execute(new DesignerIntent.ClearSelection());
        Assert.Equal("Selection cleared", session.Announcement);
        session.Execute(new DesignerIntent.Connect(Handoff: true, "agent-1", "tool-1"));
        Assert.Equal(session.Message, session.Announcement);
        Assert.Contains("goes to a tool", session.Announcement, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheDesignsNameAndDescription_AreUndoableEdits_AndABlankNameIsIgnored()
    {
        var session = await OpenAsync();

        session.Execute(new RenameDesign("Refund desk"));
        session.Execute(new SetDesignDescription("Answers refund questions."));
        session.Execute(new RenameDesign("   "));

        Assert.Equal("Refund desk", session.Design.Name);
        Assert.Equal("Answers refund questions.", session.Design.Description);
        session.Execute(new SetDesignDescription(" "));
        Assert.Null(session.Design.Description);
        session.Execute(new DesignerIntent.Undo());
        session.Execute(new DesignerIntent.Undo());
        Assert.Equal("Keys", session.Design.Name);
        Assert.Equal("Rename design", session.RedoDescription);
    }

    [Fact]
    public async Task PaletteAdds_AtTheViewCentre_DoNotStack()
    {
        var session = await OpenAsync();
        var centre = new CanvasPosition(1000, 600);

        for (var i = 0; i < 4; i++)
        {
            session.Execute(new DesignerIntent.AddAgent(session.FreeSpotNear(centre)));
        }

        var positions = session.Design.Layout.Values.ToList();
        Assert.Equal(4, positions.Distinct().Count());
        Assert.All(positions, p => Assert.InRange(p.X, 1000 - 110 - 90, 1000 + 90));
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _harness.DisposeAsync();
}
