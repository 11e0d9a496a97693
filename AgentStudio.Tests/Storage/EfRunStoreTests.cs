using System.Text.Json;
using System.Text.Json.Nodes;
using AgentStudio.Core.Running;
using AgentStudio.Core.Running.Records;
using AgentStudio.Core.Running.Tracing;
using AgentStudio.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace AgentStudio.Tests.Storage;

/// <summary>Runs are stored as RunRecords: a whole record comes back as it went in, a list gives the figures without the JSON.</summary>
public sealed class EfRunStoreTests
{
    private static RunRecord Run(Guid designId, DateTimeOffset startedAt, RunStatus status = RunStatus.Completed) => new()
    {
        Id = Guid.NewGuid(),
        DesignId = designId,
        DesignName = "Support",
        Input = "I was charged twice",
        Models = "designed",
        Status = status,
        Error = status == RunStatus.Failed ? "Max turns (1) exceeded" : null,
        ErrorKind = status == RunStatus.Failed ? RunErrorKind.MaxTurnsExceeded : null,
        LastAgent = "BillingAgent",
        LastAgentId = "billing",
        FinalOutput = """{"refund":20}""",
        StructuredOutput = JsonDocument.Parse("""{"refund":20}""").RootElement.Clone(),
        StartedAt = startedAt,
        DurationMs = 812.5,
        Usage = new RunUsage(2, 300, 40),
        Turns = 2,
        Items = [new RunItem(RunItemKind.Message, "BillingAgent", """{"refund":20}""", AgentId: "billing")],
        Spans = [new SpanRecord("span_1", null, SpanKind.Agent, "BillingAgent", startedAt, startedAt.AddSeconds(1), SpanStatus.Ok, null, new JsonObject { [SpanDataKeys.AgentId] = "billing" })],
    };

    [Fact]
    public async Task AnApiRun_IsListedWithItsKeyNameAndId_AndReadOnlyByThatKey_AndAPlaygroundRunWithNone()
    {
        await using var harness = await StorageHarness.StartAsync();
        var store = harness.Services.GetRequiredService<IRunStore>();
        var designId = Guid.NewGuid();
        var keyId = Guid.NewGuid();
        var api = Run(designId, DateTimeOffset.UnixEpoch.AddMinutes(1)) with { ApiKeyId = keyId, ApiKeyName = "ci", ConversationId = "conv_1" };
        await store.SaveAsync(api, TestContext.Current.CancellationToken);
        await store.SaveAsync(Run(designId, DateTimeOffset.UnixEpoch), TestContext.Current.CancellationToken);

        var listed = await store.ListAsync(designId, TestContext.Current.CancellationToken);

        Assert.Equal(["ci", null], listed.Select(r => r.ApiKeyName));
        var whole = await store.GetAsync(api.Id, TestContext.Current.CancellationToken);
        Assert.Equal(("ci", "conv_1"), (whole!.ApiKeyName, whole.ConversationId));
        Assert.Equal([keyId, null], listed.Select(r => r.ApiKeyId));
        Assert.Equal(api.Id, (await store.GetOfApiKeyAsync(api.Id, keyId, TestContext.Current.CancellationToken))?.Id);
        Assert.Null(await store.GetOfApiKeyAsync(api.Id, Guid.NewGuid(), TestContext.Current.CancellationToken));
        Assert.Null(await store.GetOfApiKeyAsync(listed[1].Id, keyId, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Delete_RemovesOneRun_AndSaysWhetherThereWasOne()
    {
        await using var harness = await StorageHarness.StartAsync();
        var store = harness.Services.GetRequiredService<IRunStore>();
        var designId = Guid.NewGuid();
        var deleted = Run(designId, DateTimeOffset.UnixEpoch);
        var kept = Run(designId, DateTimeOffset.UnixEpoch.AddMinutes(1));
        await store.SaveAsync(deleted, TestContext.Current.CancellationToken);
        await store.SaveAsync(kept, TestContext.Current.CancellationToken);

        Assert.True(await store.DeleteAsync(deleted.Id, TestContext.Current.CancellationToken));
        Assert.False(await store.DeleteAsync(deleted.Id, TestContext.Current.CancellationToken));

        Assert.Null(await store.GetAsync(deleted.Id, TestContext.Current.CancellationToken));
        Assert.Equal(kept.Id, (await store.ListAsync(designId, TestContext.Current.CancellationToken)).Single().Id);
    }

    [Fact]
    public async Task ASavedRun_ComesBackWhole_AsTheSameRecord()
    {
        await using var harness = await StorageHarness.StartAsync();
        var store = harness.Services.GetRequiredService<IRunStore>();
        var run = Run(Guid.NewGuid(), new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero));

        await store.SaveAsync(run, TestContext.Current.CancellationToken);
        var loaded = await store.GetAsync(run.Id, TestContext.Current.CancellationToken);

        Assert.NotNull(loaded);
        Assert.Equal(RunRecordJson.Write(run), RunRecordJson.Write(loaded));
        Assert.Equal(20, loaded.StructuredOutput!.Value.GetProperty("refund").GetInt32());
        Assert.Null(await store.GetAsync(Guid.NewGuid(), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task AList_GivesADesignsRunsNewestFirst_WithTheirFigures_ButNoItemsOrSpans()
    {
        await using var harness = await StorageHarness.StartAsync();
        var store = harness.Services.GetRequiredService<IRunStore>();
        var designId = Guid.NewGuid();
        var start = new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);
        var older = Run(designId, start, RunStatus.Failed);
        var newer = Run(designId, start.AddMinutes(5));
        await store.SaveAsync(older, TestContext.Current.CancellationToken);
        await store.SaveAsync(newer, TestContext.Current.CancellationToken);
        await store.SaveAsync(Run(Guid.NewGuid(), start), TestContext.Current.CancellationToken);

        var runs = await store.ListAsync(designId, TestContext.Current.CancellationToken);

        Assert.Equal([newer.Id, older.Id], runs.Select(r => r.Id));
        var failed = runs[1];
        Assert.Equal((RunStatus.Failed, "Max turns (1) exceeded", "BillingAgent"), (failed.Status, failed.Error, failed.LastAgent));
        Assert.Equal((new RunUsage(2, 300, 40), 812.5, 2), (failed.Usage, failed.DurationMs, failed.Turns));
        Assert.Equal(("Support", "I was charged twice", "designed", start), (failed.DesignName, failed.Input, failed.Models, failed.StartedAt));
        Assert.All(runs, r => Assert.Empty(r.Items));
        Assert.All(runs, r => Assert.Empty(r.Spans));
    }
}
