using AgentStudio.Components.Pages.Runs;
using AgentStudio.Core.Running;
using AgentStudio.Core.Running.Records;
using AgentStudio.Storage;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace AgentStudio.Tests.Components;

/// <summary>Two stored runs side by side, with the differences the seed article discusses.</summary>
public sealed class ComparePageTests : IAsyncDisposable
{
    private readonly BunitContext _context = new();
    private readonly FakeRuns _runs = new();

    public ComparePageTests()
    {
        _context.JSInterop.Mode = JSRuntimeMode.Loose;
        _context.Services.AddMudServices();
        _context.Services.AddSingleton<IRunStore>(_runs);
    }

    private Guid Add(string design, double ms, RunUsage usage, int turns, string lastAgent)
    {
        var document = new RunRecord
        {
            Id = Guid.NewGuid(), DesignId = Guid.NewGuid(), DesignName = design, Input = "I was charged twice", Models = "designed",
            Status = RunStatus.Completed, LastAgent = lastAgent, FinalOutput = $"Answer of {design}", StartedAt = DateTimeOffset.UnixEpoch,
            DurationMs = ms, Usage = usage, Turns = turns, Items = [], Spans = [],
        };
        _runs.Stored[document.Id] = document;
        return document.Id;
    }

    [Fact]
    public void ShowsLatencyTokensTurnsCallsAndLastAgent_WithTheDifference()
    {
        var manager = Add("Manager", 800, new RunUsage(4, 900, 300), 2, "ManagerAgent");
        var handoff = Add("Handoff", 400, new RunUsage(2, 500, 100), 2, "BillingAgent");

        var cut = _context.Render<ComparePage>(p => p.Add(x => x.A, manager).Add(x => x.B, handoff));

        cut.WaitForAssertion(() => Assert.Contains("B is -50%", cut.Find("[data-testid=compare-latency]").TextContent, StringComparison.Ordinal));
        Assert.Contains("1200", cut.Find("[data-testid=compare-tokens]").TextContent, StringComparison.Ordinal);
        Assert.Contains("B is -50%", cut.Find("[data-testid=compare-tokens]").TextContent, StringComparison.Ordinal);
        Assert.Contains("B is -50%", cut.Find("[data-testid=compare-calls]").TextContent, StringComparison.Ordinal);
        Assert.Contains("same", cut.Find("[data-testid=compare-turns]").TextContent, StringComparison.Ordinal);
        Assert.Contains("ManagerAgent", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("Answer of Handoff", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingRun_SaysSo()
    {
        var cut = _context.Render<ComparePage>(p => p.Add(x => x.A, Guid.NewGuid()).Add(x => x.B, Guid.NewGuid()));

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=compare-missing]")));
    }

    public ValueTask DisposeAsync() => _context.DisposeAsync();

    private sealed class FakeRuns : IRunStore
    {
        public Dictionary<Guid, RunRecord> Stored { get; } = [];

        public Task SaveAsync(RunRecord run, CancellationToken cancellationToken = default) => Task.CompletedTask;

        public Task<IReadOnlyList<RunRecord>> ListAsync(Guid designId, CancellationToken cancellationToken = default) => Task.FromResult<IReadOnlyList<RunRecord>>([]);

        public Task<RunRecord?> GetAsync(Guid id, CancellationToken cancellationToken = default) => Task.FromResult(Stored.GetValueOrDefault(id));

        public Task<RunRecord?> GetOfApiKeyAsync(Guid id, Guid apiKeyId, CancellationToken cancellationToken = default) =>
            Task.FromResult(Stored.GetValueOrDefault(id) is { } run && run.ApiKeyId == apiKeyId ? run : null);

        public Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken = default) => Task.FromResult(Stored.Remove(id));
    }
}
