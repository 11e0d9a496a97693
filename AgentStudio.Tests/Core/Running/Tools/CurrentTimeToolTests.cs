using AgentStudio.Core.Designs;
using AgentStudio.Core.Running.Tools;
using AgentStudio.Core.Running.Tools.Builtin;
using AgentStudio.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using static AgentStudio.Tests.Core.Running.Tools.ToolTest;

namespace AgentStudio.Tests.Core.Running.Tools;

public sealed class CurrentTimeToolTests
{
    // 2026-11-24 09:00 UTC.
    private readonly FakeTimeProvider _clock = TestClock.New();
    private readonly IAgentTool _tool = BuiltinTools.Create(new BuiltinTool { Id = "now", Name = "now", Builtin = "current_time" });

    [Theory]
    [InlineData("{}", "2026-11-24T09:00:00Z")]
    [InlineData("""{"timezone":null}""", "2026-11-24T09:00:00Z")]
    [InlineData("""{"timezone":"UTC"}""", "2026-11-24T09:00:00Z")]
    [InlineData("""{"timezone":"Europe/Paris"}""", "2026-11-24T10:00:00+01:00")]
    [InlineData("""{"timezone":"America/New_York"}""", "2026-11-24T04:00:00-05:00")]
    [InlineData("""{"timezone":"Asia/Kolkata"}""", "2026-11-24T14:30:00+05:30")]
    [InlineData("""{"timezone":"Pacific/Auckland"}""", "2026-11-24T22:00:00+13:00")]
    public async Task ReadsTheRunClock(string arguments, string expected) =>
        Assert.Equal(expected, await InvokeAsync(_tool, arguments, new ToolServices { Time = _clock }));

    [Fact]
    public async Task FollowsTheClock()
    {
        _clock.Advance(TimeSpan.FromMinutes(90) + TimeSpan.FromSeconds(7));
        Assert.Equal("2026-11-24T10:30:07Z", await InvokeAsync(_tool, "{}", new ToolServices { Time = _clock }));
    }

    [Fact]
    public async Task AnUnknownZoneSaysWhatToUse()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => InvokeAsync(_tool, """{"timezone":"Mars/Olympus"}""", new ToolServices { Time = _clock }));
        Assert.Equal("Unknown time zone 'Mars/Olympus': use an IANA id such as Europe/Paris or America/New_York, or leave it out for UTC.", error.Message);
    }
}
