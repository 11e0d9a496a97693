using System.Text;
using AgentStudio.Core.Designs;
using AgentStudio.Core.Serialization;
using AgentStudio.Designs;
using AgentStudio.Endpoints;
using AgentStudio.Tests.Fakes;
using Microsoft.EntityFrameworkCore;

namespace AgentStudio.Tests.Storage;

/// <summary>No lost work: whatever was imported or saved reopens, and what is exported imports again.</summary>
public sealed class LargeDesignStorageTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EmojiDesignNearTheLimit_ImportedStoredReopenedExported_ImportsAgain()
    {
        await using var harness = await StorageHarness.StartAsync();
        var file = EmojiDesignFile(agents: 10, emojiPerAgent: 95_000);
        Assert.InRange(file.Length, 3_700_000, DesignSerializer.MaxFileBytes);

        var preview = await DesignImporter.PreviewAsync(new TextBrowserFile("emoji.agentstudio.json", file), Cancel);
        Assert.True(preview.Loaded, string.Join("; ", preview.Problems));
        var stored = await new DesignImporter(harness.Store).SaveAsync(preview, Cancel);

        var reopened = await harness.Store.GetAsync(stored.Id, Cancel);
        var revision = await harness.Store.GetRevisionAsync(stored.Id, 1, Cancel);
        var exported = DesignExportEndpoints.ExportBytes(reopened!.Document);
        var reimported = DesignSerializer.Load(exported);

        var expected = DesignSerializer.Write(preview.Design!);
        Assert.Equal(expected, DesignSerializer.Write(reopened.Document));
        Assert.Equal(expected, DesignSerializer.Write(revision));
        Assert.InRange(exported.Length, 0, DesignSerializer.MaxFileBytes);
        Assert.Equal(expected, Encoding.UTF8.GetString(exported));
        Assert.True(reimported.Succeeded, string.Join("; ", reimported.Problems));
        Assert.Equal(expected, DesignSerializer.Write(reimported.Design!));
    }

    [Fact]
    public async Task RevisionsAreStoredCompact_WithRealUtf8()
    {
        await using var harness = await StorageHarness.StartAsync();
        var design = new DesignDocument { Name = "Café 😀", Description = "naïve \"quoted\"" };

        var stored = await harness.Store.CreateAsync(design, cancellationToken: Cancel);

        await using var db = harness.NewContext();
        var json = await db.DesignRevisions.Where(r => r.DesignId == stored.Id).Select(r => r.Json).SingleAsync(Cancel);
        Assert.Equal(DesignSerializer.WriteCompact(design), json);
        Assert.Contains("Café 😀", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DesignThatGrewPastTheImportLimit_StillReopens_AndExportsCompact()
    {
        await using var harness = await StorageHarness.StartAsync();
        var design = EmojiDesign(agents: 16, emojiPerAgent: 100_000);

        var stored = await harness.Store.CreateAsync(design, cancellationToken: Cancel);
        var reopened = await harness.Store.GetAsync(stored.Id, Cancel);
        var exported = DesignExportEndpoints.ExportBytes(reopened!.Document);

        Assert.Equal(DesignSerializer.Write(design), DesignSerializer.Write(reopened.Document));
        Assert.Equal(DesignSerializer.WriteCompact(design), Encoding.UTF8.GetString(exported));
    }

    [Fact]
    public async Task RevisionWrittenByEarlierVersions_EscapedAndOverTheLimit_StillReopens()
    {
        await using var harness = await StorageHarness.StartAsync();
        var design = EmojiDesign(agents: 10, emojiPerAgent: 95_000);
        var stored = await harness.Store.CreateAsync(design, cancellationToken: Cancel);
        var oldForm = EscapeNonAscii(DesignSerializer.Write(design));
        Assert.True(Encoding.UTF8.GetByteCount(oldForm) > DesignSerializer.MaxFileBytes);
        await using (var db = harness.NewContext())
        {
            await db.DesignRevisions.Where(r => r.DesignId == stored.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.Json, oldForm), Cancel);
        }

        var reopened = await harness.Store.GetAsync(stored.Id, Cancel);

        Assert.Equal(DesignSerializer.Write(design), DesignSerializer.Write(reopened!.Document));
    }

    private static DesignDocument EmojiDesign(int agents, int emojiPerAgent) => new()
    {
        Name = "Emoji 🎉",
        Entry = "a0",
        Agents = [.. Enumerable.Range(0, agents).Select(i => new AgentDefinition
        {
            Id = $"a{i}",
            Name = $"Agent{i}",
            Instructions = string.Concat(Enumerable.Repeat("😀", emojiPerAgent)),
        })],
    };

    // Written by hand, as another tool would write it: real UTF-8, not this app's canonical form.
    private static byte[] EmojiDesignFile(int agents, int emojiPerAgent)
    {
        var emoji = string.Concat(Enumerable.Repeat("😀", emojiPerAgent));
        var items = Enumerable.Range(0, agents).Select(i => $"{{\"id\":\"a{i}\",\"name\":\"Agent{i}\",\"instructions\":\"{emoji}\"}}");
        return Encoding.UTF8.GetBytes($"{{\"format\":\"agentstudio.design\",\"version\":1,\"name\":\"Emoji 🎉\",\"entry\":\"a0\",\"agents\":[{string.Join(",", items)}]}}");
    }

    private static string EscapeNonAscii(string json)
    {
        var escaped = new StringBuilder(json.Length * 3);
        foreach (var c in json)
        {
            escaped.Append(c < 0x80 ? c.ToString() : $"\\u{(int)c:X4}");
        }

        return escaped.ToString();
    }
}
