using AgentStudio.Core.Designs;
using AgentStudio.Core.Validation;
using AgentStudio.Designer;
using AgentStudio.Designs;
using AgentStudio.Tests.Fakes;
using AgentStudio.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace AgentStudio.Tests.Designer;

/// <summary>
/// A session opened from what another session opened (a prerendered page handing over to its circuit) neither reads
/// nor validates the design again, and saves on from the revision it was read at.
/// </summary>
public sealed class DesignerSessionOpeningTests
{
    private readonly FakeTimeProvider _clock = TestClock.New();
    private readonly InMemoryDesignStore _store;

    public DesignerSessionOpeningTests() => _store = new InMemoryDesignStore(_clock);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    // An agent without instructions: a design with a problem, so that its problems are a list of their own.
    private static DesignDocument WithAProblem() => new()
    {
        Name = "Opened once",
        Entry = "a",
        Agents = [new AgentDefinition { Id = "a", Name = "Triage", Model = "gpt-4o-mini" }],
        Layout = new Dictionary<string, CanvasPosition> { ["a"] = new(40, 40) },
    };

    [Fact]
    public async Task FromAnOpenedDesign_ReadsAndValidatesNothing()
    {
        var created = await _store.CreateAsync(WithAProblem(), cancellationToken: Cancel);
        await using var prerendered = (await DesignerSession.OpenAsync(_store, created.Id, _clock, Cancel))!;
        var opened = prerendered.Opened!;
        Assert.Equal(1, _store.Reads);
        Assert.Contains(opened.Problems, p => p.Code == ProblemCodes.NoInstructions);

        await using var live = new DesignerSession(_store, opened, _clock);

        Assert.Equal(1, _store.Reads);
        // The very problems found before: a validation would have made a list of its own.
        Assert.Same(opened.Problems, live.Problems);
        Assert.Contains("a", live.ProblemIds);
        Assert.Equal(created.Id, live.DesignId);
        Assert.Equal((1, "Triage"), (live.BaseRevision, Assert.Single(live.Nodes).Title));
    }

    [Fact]
    public async Task FromAnOpenedDesign_SavesOnFromItsRevision_AndValidatesItsChanges()
    {
        var created = await _store.CreateAsync(WithAProblem(), cancellationToken: Cancel);
        await using var prerendered = (await DesignerSession.OpenAsync(_store, created.Id, _clock, Cancel))!;
        await using var live = new DesignerSession(_store, prerendered.Opened!, _clock);

        live.Execute(new SetInstructions("a", "Route the customer."));
        await live.FlushAsync();

        Assert.DoesNotContain(live.Problems, p => p.Code == ProblemCodes.NoInstructions);
        Assert.Equal(SaveState.Saved, live.SaveState);
        Assert.Equal(2, (await _store.GetAsync(created.Id, Cancel))!.Revision);
        // Changed, the design is no longer the one read at revision 1: there is nothing to hand over.
        Assert.Null(live.Opened);
    }
}
