using System.Text.Json;
using System.Text.Json.Nodes;
using AgentStudio.Core.Designs;
using AgentStudio.Core.Serialization;
using AgentStudio.Core.Templates;

namespace AgentStudio.Tests.Core.Serialization;

public sealed class DesignRoundTripTests
{
    [Fact]
    public void ThreeTemplatesShip()
    {
        Assert.Equal(["customer-support", "hybrid-support", "research-manager"], DesignTemplates.All.Select(t => t.Id).Order());
    }

    [Theory]
    [MemberData(nameof(Samples.CanonicalNames), MemberType = typeof(Samples))]
    public void CanonicalFile_RoundTripsByteForByte(string name)
    {
        var text = Samples.ReadNamed(name);

        var loaded = DesignSerializer.Load(text);

        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Problems));
        Assert.Equal(text, DesignSerializer.Write(loaded.Design!));
    }

    [Fact]
    public void DiscriminatorAfterOtherProperties_StillLoads_AndIsWrittenFirst()
    {
        var loaded = DesignSerializer.Load(Samples.Read("format-md-example"));

        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Problems));
        var tool = Assert.IsType<MockTool>(loaded.Design!.Tools.Single());
        Assert.Equal("Order {{order_id}} shipped on 2026-11-02.", tool.Response);
        var written = JsonNode.Parse(DesignSerializer.Write(loaded.Design))!;
        Assert.Equal("kind", written["tools"]![0]!.AsObject().First().Key);
    }

    [Fact]
    public void EveryKind_LoadsIntoTheRightTypes()
    {
        var design = DesignSerializer.Load(Samples.Read("every-kind")).Design!;

        Assert.Equal([typeof(BuiltinTool), typeof(MockTool), typeof(HttpTool), typeof(McpTool)], design.Tools.Select(t => t.GetType()));
        Assert.Equal(HistoryFilter.NoTools, Assert.IsType<HandoffEdge>(design.Edges[0]).HistoryFilter);
        Assert.Equal(ToolUseBehavior.StopOnFirstTool, design.Agents[1].ToolUseBehavior);
        Assert.Equal(1024, design.Agents[0].ModelSettings!.MaxOutputTokens);
        Assert.Equal(new CanvasPosition(420, 40), design.Layout["billing"]);
    }

    [Fact]
    public void DefaultsAreNotWrittenOut()
    {
        var design = new DesignDocument
        {
            Name = "Lean",
            Entry = "a",
            Agents = [new AgentDefinition { Id = "a", Name = "A" }],
        };

        var json = DesignSerializer.Write(design);

        Assert.DoesNotContain("toolUseBehavior", json, StringComparison.Ordinal);
        Assert.DoesNotContain("modelSettings", json, StringComparison.Ordinal);
        Assert.DoesNotContain("null", json, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownProperties_SurviveARoundTrip_AtEveryLevel()
    {
        var root = JsonNode.Parse(Samples.Read("every-kind"))!.AsObject();
        var marked = new List<JsonObject>
        {
            root,
            root["agents"]![0]!.AsObject(),
            root["agents"]![0]!["modelSettings"]!.AsObject(),
            root["notes"]![0]!.AsObject(),
        };
        marked.AddRange(root["tools"]!.AsArray().Select(t => t!.AsObject()));
        marked.AddRange(root["edges"]!.AsArray().Take(2).Select(e => e!.AsObject()));
        for (var i = 0; i < marked.Count; i++)
        {
            marked[i]["futureFeature"] = new JsonObject { ["level"] = i, ["tags"] = new JsonArray("x", "y") };
        }

        var loaded = DesignSerializer.Load(root.ToJsonString());
        var written = JsonNode.Parse(DesignSerializer.Write(loaded.Design!))!;

        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Problems));
        Assert.True(JsonNode.DeepEquals(root, written), "The written design differs from the one read:\n" + written.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }

    [Fact]
    public void MissingCollections_ReadAsEmpty()
    {
        var loaded = DesignSerializer.Load("""{ "format": "agentstudio.design", "version": 1, "name": "Empty" }""");

        Assert.True(loaded.Succeeded);
        Assert.Empty(loaded.Design!.Agents);
        Assert.Empty(loaded.Design.Tools);
        Assert.Empty(loaded.Design.Edges);
        Assert.Empty(loaded.Design.Notes);
        Assert.Empty(loaded.Design.Layout);
    }

    [Fact]
    public async Task LoadAsync_ReadsAUtf8StreamWithByteOrderMark()
    {
        var bytes = System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes(Samples.Read("every-kind"))).ToArray();

        var loaded = await DesignSerializer.LoadAsync(new MemoryStream(bytes), TestContext.Current.CancellationToken);

        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Problems));
        Assert.Equal("Every kind", loaded.Design!.Name);
    }
}
