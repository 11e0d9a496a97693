using AgentStudio.Core.Designs;
using AgentStudio.Designer;
using AgentStudio.Storage;
using AgentStudio.Tests.Support;

namespace AgentStudio.Tests.Designer;

/// <summary>A prerendered designer hands the design it opened to its circuit once, for that design only, for a minute.</summary>
public sealed class DesignerHandoffTests
{
    private static OpenedDesign Opened(Guid id) =>
        new(new StoredDesign(id, 3, new DesignDocument { Name = "Handed over" }, DateTimeOffset.UnixEpoch, null), []);

    [Fact]
    public void Offered_IsTakenOnce_ByItsDesignOnly()
    {
        var handoff = new DesignerHandoff(TestClock.New());
        var id = Guid.NewGuid();
        var opened = Opened(id);

        var key = handoff.Offer(opened)!;
        var other = handoff.Offer(Opened(id))!;

        Assert.NotEqual(key, other);
        Assert.Same(opened, handoff.Take(key, id));
        Assert.Null(handoff.Take(key, id));
        // A key taken for another design is spent too: it was never this page's.
        Assert.Null(handoff.Take(other, Guid.NewGuid()));
        Assert.Null(handoff.Take(other, id));
        Assert.Null(handoff.Take("no such key", id));
    }

    [Fact]
    public void Offered_IsGoneAfterTheLifetime()
    {
        var clock = TestClock.New();
        var handoff = new DesignerHandoff(clock);
        var id = Guid.NewGuid();
        var kept = handoff.Offer(Opened(id))!;
        var late = handoff.Offer(Opened(id))!;

        clock.Advance(DesignerHandoff.Lifetime - TimeSpan.FromSeconds(1));
        Assert.NotNull(handoff.Take(kept, id));
        clock.Advance(TimeSpan.FromSeconds(1));

        Assert.Null(handoff.Take(late, id));
    }

    [Fact]
    public void WhenFull_OffersNothing_UntilOffersExpire()
    {
        var clock = TestClock.New();
        var handoff = new DesignerHandoff(clock);
        for (var i = 0; i < DesignerHandoff.Capacity; i++)
        {
            Assert.NotNull(handoff.Offer(Opened(Guid.NewGuid())));
        }

        Assert.Null(handoff.Offer(Opened(Guid.NewGuid())));
        clock.Advance(DesignerHandoff.Lifetime);

        Assert.NotNull(handoff.Offer(Opened(Guid.NewGuid())));
    }
}
