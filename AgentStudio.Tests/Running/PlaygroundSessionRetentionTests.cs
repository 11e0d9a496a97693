using System.Runtime.CompilerServices;
using AgentStudio.Core.Running;
using AgentStudio.Core.Running.Compilation;
using AgentStudio.Core.Running.Models;
using AgentStudio.Core.Running.Models.Scripted;
using AgentStudio.Core.Templates;
using AgentStudio.Playground;

namespace AgentStudio.Tests.Running;

/// <summary>
/// A playground session keeps what its page shows and what the next message needs, nothing more: after a failed run
/// the page shows that run's trace, and the trace of the completed run before it is no longer kept.
/// </summary>
public sealed class PlaygroundSessionRetentionTests
{
    // The second message's model call fails; the third goes on from the first run, with the billing agent.
    private const string Script = """
        { "agents": {
            "TriageAgent": [ { "toolCalls": [ { "name": "transfer_to_billingagent" } ] } ],
            "BillingAgent": [ { "toolCalls": [ { "name": "lookup_invoices", "arguments": { "customer_email": "a@b.c" } } ] }, { "text": "Refund sent." }, { "error": "The model is down." }, { "text": "Still here." } ] } }
        """;

    private static PlaygroundSession Session()
    {
        var design = DesignCompiler.Compile(DesignTemplates.Find("customer-support")!.Design).Design!;
        var runner = new AgentRunner(new SingleClientModelProvider(new ScriptedChatClient(ModelScript.Parse(Script))));
        return new PlaygroundSession(runner, design);
    }

    // Not inlined, and no local of the test's async method holds the trace: its state machine would keep it.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference WeakTraceOf(PlaygroundSession session) => new(session.Trace!);

    [Fact]
    public async Task AfterAFailedRun_TheTraceOfTheCompletedRunBeforeIt_IsNotKept_AndTheConversationGoesOn()
    {
        await using var session = Session();
        await session.SendAsync("I was charged twice");
        var completedTrace = WeakTraceOf(session);

        await session.SendAsync("And the other charge?");
        Assert.Equal(RunStatus.Failed, session.Entries.OfType<OutcomeEntry>().Last().Status);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.False(completedTrace.IsAlive, "the session still holds the trace of the last completed run");
        await session.SendAsync("Are you there?");
        Assert.Equal("Still here.", session.Entries.OfType<AgentMessageEntry>().Last().Text);
        Assert.Equal("BillingAgent", session.Entries.OfType<AgentMessageEntry>().Last().Agent);
    }
}
