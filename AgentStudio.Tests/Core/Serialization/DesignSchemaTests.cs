using System.Text.Json;
using System.Text.Json.Nodes;
using AgentStudio.Core.Designs;
using AgentStudio.Core.Serialization;
using AgentStudio.Tests.Support;
using Json.Schema;

namespace AgentStudio.Tests.Core.Serialization;

/// <summary>The JSON Schema shipped in wwwroot/schemas agrees with the files the app writes and reads.</summary>
public sealed class DesignSchemaTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(
        File.ReadAllText(Path.Combine(RepositoryPaths.WebRoot, "schemas", "agentstudio.design.v1.schema.json")));

    public static TheoryData<string> EveryKnownFile()
    {
        var data = new TheoryData<string>();
        foreach (var (name, _) in Samples.All())
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryKnownFile))]
    public void EveryTemplateAndExample_MatchesTheSchema(string name)
    {
        var json = Samples.All().Single(s => s.Name == name).Json;

        AssertValid(json);
    }

    [Fact]
    public void WhatTheSerializerWrites_MatchesTheSchema()
    {
        var design = new DesignDocument
        {
            Name = "Written",
            Entry = "a",
            Agents = [new AgentDefinition { Id = "a", Name = "A", ToolUseBehavior = ToolUseBehavior.StopOnFirstTool, ModelSettings = new ModelSettings { Temperature = 0.1, MaxOutputTokens = 10 } }],
            Tools = [new HttpTool { Id = "h", Name = "h", Method = "GET", Url = "https://example.com", Headers = new Dictionary<string, string> { ["Authorization"] = "Bearer ${secret:KEY}" } }],
            Edges = [new HandoffEdge { Id = "e", From = "a", To = "a", HistoryFilter = HistoryFilter.NoTools }, new ToolEdge { Id = "t", From = "a", To = "h" }],
            Layout = new Dictionary<string, CanvasPosition> { ["a"] = new(1, 2) },
        };

        AssertValid(DesignSerializer.Write(design));
    }

    [Fact]
    public void UnknownProperties_AreAllowed_BecauseTheAppKeepsThem()
    {
        var json = JsonNode.Parse(Samples.Read("every-kind"))!.AsObject();
        json["futureFeature"] = new JsonObject { ["enabled"] = true };
        json["agents"]![0]!.AsObject()["color"] = "teal";

        AssertValid(json.ToJsonString());
    }

    [Theory]
    [InlineData("wrong format name", "$.format", "\"other.format\"")]
    [InlineData("version as text", "$.version", "\"1\"")]
    [InlineData("agent without id", "$.agents[0].id", null)]
    [InlineData("agent name as number", "$.agents[0].name", "5")]
    [InlineData("unknown tool kind", "$.tools[0].kind", "\"python\"")]
    [InlineData("tool without kind", "$.tools[0].kind", null)]
    [InlineData("unknown edge kind", "$.edges[0].kind", "\"teleport\"")]
    [InlineData("edge without target", "$.edges[0].to", null)]
    [InlineData("unknown tool use behaviour", "$.agents[0].toolUseBehavior", "\"sometimes\"")]
    [InlineData("layout position without y", "$.layout.triage", "{\"x\": 1}")]
    public void DamagedDocument_IsRejected(string what, string path, string? replacement)
    {
        var json = JsonNode.Parse(Samples.Read("format-md-example"))!.AsObject();
        Replace(json, path, replacement);

        var result = Schema.Evaluate(JsonDocument.Parse(json.ToJsonString()).RootElement);

        Assert.False(result.IsValid, $"the schema accepted a design with {what}");
    }

    [Fact]
    public void HandoffHistoryFilter_IsCheckedOnlyOnHandoffs()
    {
        var json = JsonNode.Parse(Samples.Read("format-md-example"))!.AsObject();
        var handoff = json["edges"]!.AsArray().First(e => (string?)e!["kind"] == "handoff")!.AsObject();
        handoff["historyFilter"] = "some";

        Assert.False(Schema.Evaluate(JsonDocument.Parse(json.ToJsonString()).RootElement).IsValid);
    }

    private static void AssertValid(string json)
    {
        using var document = JsonDocument.Parse(json);
        var result = Schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        var errors = (result.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .Select(d => $"{d.InstanceLocation}: {string.Join("; ", d.Errors!.Values)}");
        Assert.True(result.IsValid, string.Join("\n", errors));
    }

    /// <summary>Sets (or, with null, removes) the value at a simple JSON path such as $.agents[0].name.</summary>
    private static void Replace(JsonObject root, string path, string? replacement)
    {
        var segments = path[2..].Replace("[", ".", StringComparison.Ordinal).Replace("]", "", StringComparison.Ordinal).Split('.');
        JsonNode parent = root;
        foreach (var segment in segments[..^1])
        {
            parent = int.TryParse(segment, out var index) ? parent[index]! : parent[segment]!;
        }

        var last = segments[^1];
        var parentObject = parent.AsObject();
        if (replacement is null)
        {
            Assert.True(parentObject.Remove(last), $"{path} was not in the sample");
        }
        else
        {
            parentObject[last] = JsonNode.Parse(replacement);
        }
    }
}
