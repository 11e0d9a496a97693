using AgentStudio.Core.Running;
using AgentStudio.Core.Running.Compilation;
using AgentStudio.Core.Running.Models;
using AgentStudio.Core.Running.Models.Scripted;
using AgentStudio.Core.Running.Models.Simulated;
using AgentStudio.Core.Templates;
using AgentStudio.Playground;

namespace AgentStudio.Tests.Running;

/// <summary>The playground session turns a run's events into chat entries and the diagram's active ids.</summary>
public sealed class PlaygroundSessionTests
{
    private const string Script = """
        { "agents": {
            "TriageAgent": [ { "toolCalls": [ { "name": "transfer_to_billingagent" } ] } ],
            "BillingAgent": [ { "toolCalls": [ { "name": "lookup_invoices", "arguments": { "customer_email": "a@b.c" } } ] }, { "text": "Refund sent." }, { "text": "You're welcome." } ] } }
        """;

    private static PlaygroundSession Session(List<RunResult> finished)
    {
        var design = DesignCompiler.Compile(DesignTemplates.Find("customer-support")!.Design).Design!;
        var runner = new AgentRunner(new SingleClientModelProvider(new ScriptedChatClient(ModelScript.Parse(Script))));
        return new PlaygroundSession(runner, design) { RunFinished = r => { finished.Add(r); return Task.CompletedTask; } };
    }

    [Fact]
    public async Task ARun_BecomesUserHandoffToolMessageAndOutcomeEntries()
    {
        var finished = new List<RunResult>();
        await using var session = Session(finished);
        var changes = 0;
        session.Changed += () => changes++;

        await session.SendAsync("I was charged twice");

        Assert.Collection(session.Entries,
            e => Assert.Equal("I was charged twice", Assert.IsType<UserEntry>(e).Text),
            e => Assert.Equal(("TriageAgent", "BillingAgent"), (Assert.IsType<HandoffEntry>(e).From, ((HandoffEntry)e).To)),
            e => Assert.Contains("Invoices for a@b.c", Assert.IsType<ToolCallEntry>(e).Output, StringComparison.Ordinal),
            e => Assert.Equal("Refund sent.", Assert.IsType<AgentMessageEntry>(e).Text),
            e => Assert.Equal(RunStatus.Completed, Assert.IsType<OutcomeEntry>(e).Status));
        Assert.Equal("billing", session.ActiveAgentId);
        Assert.Equal(["billing"], session.ActiveIds);
        Assert.False(session.Running);
        Assert.True(changes > 5);
        Assert.Single(finished);
    }

    [Fact]
    public async Task ASecondMessage_GoesOnWithTheLastAgent_UntilReset()
    {
        var finished = new List<RunResult>();
        await using var session = Session(finished);
        await session.SendAsync("I was charged twice");

        await session.SendAsync("Thanks");

        Assert.Equal("You're welcome.", session.Entries.OfType<AgentMessageEntry>().Last().Text);
        Assert.Equal("BillingAgent", finished[^1].LastAgent);
        session.Reset();
        Assert.Empty(session.Entries);
        Assert.Null(session.Continuation);
    }

    [Fact]
    public async Task ParallelToolCalls_AndAgentsRunningAsTools_AreActiveAtTheSameTime_AndGoOutWhenTheRunEnds()
    {
        // Each nested agent streams its answer in chunks, so both calls are still running when the other starts.
        var design = DesignCompiler.Compile(DesignTemplates.Find("research-manager")!.Design).Design!;
        var runner = new AgentRunner(new ModelCatalog([], new SimulatedChatClient(new SimulatedModelOptions { ChunkDelay = TimeSpan.FromMilliseconds(20) })));
        await using var session = new PlaygroundSession(runner, design);
        var seen = new System.Collections.Concurrent.ConcurrentQueue<IReadOnlySet<string>>();
        session.Changed += () => seen.Enqueue(session.ActiveIds);

        await session.SendAsync("Research the impact of AI on healthcare");

        Assert.Contains(seen, ids => ids.IsSupersetOf(["manager", "manager-research", "research", "manager-analysis", "analysis"]));
        Assert.Contains(seen, ids => ids.IsSupersetOf(["research", "research-web-search", "web_search"]));
        Assert.Equal(["manager"], session.ActiveIds);
        // Every start and every end was seen, the first span's included: none began before the session listened.
        Assert.Equal(2 * session.Trace!.Spans.Count, session.TraceVersion);
    }

    [Fact]
    public async Task ActiveIds_IsTheSameSetUntilAStepStartsOrEnds()
    {
        await using var session = Session([]);
        await session.SendAsync("I was charged twice");

        Assert.Same(session.ActiveIds, session.ActiveIds);
    }
}
