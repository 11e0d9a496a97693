using System.Text.Json;
using System.Text.Json.Nodes;
using AgentStudio.Core.Running.Requests;

namespace AgentStudio.Tests.Core.Running.Requests;

/// <summary>Our strict-schema converter against the SDK's <c>ensure_strict_json_schema</c> (strict_schema.py), case by case.</summary>
public sealed class StrictJsonSchemaTests
{
    [Fact]
    public void Object_IsClosed_AndEveryPropertyRequired_Recursively_KeywordsKept()
    {
        var strict = Convert("""
            {"type":"object","properties":{
               "name":{"type":"string","pattern":"^a"},
               "address":{"type":"object","properties":{"city":{"type":"string"},"zip":{"type":"string"}},"required":["city"]},
               "tags":{"type":"array","items":{"type":"object","properties":{"label":{"type":"string"}}},"minItems":1},
               "score":{"type":"number","minimum":0,"maximum":1}},
             "required":["name"]}
            """);

        AssertJson("""
            {"type":"object","properties":{
               "name":{"type":"string","pattern":"^a"},
               "address":{"type":"object","properties":{"city":{"type":"string"},"zip":{"type":"string"}},"required":["city","zip"],"additionalProperties":false},
               "tags":{"type":"array","items":{"type":"object","properties":{"label":{"type":"string"}},"additionalProperties":false,"required":["label"]},"minItems":1},
               "score":{"type":"number","minimum":0,"maximum":1}},
             "required":["name","address","tags","score"],"additionalProperties":false}
            """, strict);
    }

    [Fact]
    public void EmptySchema_IsTheSdksEmptyObject_InItsKeyOrder()
    {
        Assert.Equal("""{"additionalProperties":false,"type":"object","properties":{},"required":[]}""", Convert("{}").ToJsonString());
    }

    [Fact]
    public void PropertiesWithoutType_BecomeAnObject()
    {
        AssertJson("""{"properties":{"a":{"type":"string"}},"type":"object","additionalProperties":false,"required":["a"]}""", Convert("""{"properties":{"a":{"type":"string"}}}"""));
    }

    [Fact]
    public void Defs_AnyOf_AndOneOf_AreMadeStrict_OneOfBecomingAnyOf()
    {
        var strict = Convert("""
            {"type":"object","$defs":{"Pet":{"type":"object","properties":{"kind":{"type":"string"}}}},
             "properties":{
               "pet":{"$ref":"#/$defs/Pet"},
               "either":{"anyOf":[{"type":"object","properties":{"x":{"type":"integer"}}},{"type":"null"}]},
               "one":{"oneOf":[{"type":"object","properties":{"y":{"type":"integer"}}},{"type":"string"}]}}}
            """);

        AssertJson("""{"type":"object","properties":{"kind":{"type":"string"}},"additionalProperties":false,"required":["kind"]}""", strict["$defs"]!["Pet"]!);
        AssertJson("""{"$ref":"#/$defs/Pet"}""", strict["properties"]!["pet"]!);
        AssertJson("""{"type":"object","properties":{"x":{"type":"integer"}},"additionalProperties":false,"required":["x"]}""", strict["properties"]!["either"]!["anyOf"]![0]!);
        AssertJson("""{"anyOf":[{"type":"object","properties":{"y":{"type":"integer"}},"additionalProperties":false,"required":["y"]},{"type":"string"}]}""", strict["properties"]!["one"]!);
    }

    [Fact]
    public void RefWithADescription_IsInlined_AndNullDefaultsDropped()
    {
        var strict = Convert("""
            {"type":"object","$defs":{"Unit":{"type":"string","enum":["c","f"]}},
             "properties":{"unit":{"$ref":"#/$defs/Unit","description":"Which scale","default":null}}}
            """);

        AssertJson("""{"type":"string","enum":["c","f"],"description":"Which scale"}""", strict["properties"]!["unit"]!);
    }

    [Fact]
    public void SingleAllOf_IsMergedIntoItsParent()
    {
        var strict = Convert("""{"type":"object","properties":{"a":{"allOf":[{"type":"object","properties":{"b":{"type":"string"}}}],"description":"An A"}}}""");

        AssertJson("""{"type":"object","properties":{"b":{"type":"string"}},"additionalProperties":false,"required":["b"],"description":"An A"}""", strict["properties"]!["a"]!);
    }

    [Theory]
    [InlineData("""{"type":"object","properties":{"a":{"type":"object","additionalProperties":true}}}""", "additional properties")]
    [InlineData("""{"type":"object","additionalProperties":{"type":"string"}}""", "additional properties")]
    [InlineData("""{"anyOf":[{"type":"object","properties":{}},{"type":"null"}]}""", "anyOf")]
    [InlineData("""{"type":["object","null"],"properties":{}}""", "non-nullable object")]
    [InlineData("""{"type":"object","$defs":{"A":{"type":"string"}},"properties":{"a":{"$ref":"#/$defs/A","minLength":2}}}""", "minLength")]
    public void SchemasWithoutAStrictForm_AreRefused_SayingWhy(string schema, string reason)
    {
        using var document = JsonDocument.Parse(schema);

        Assert.Null(StrictJsonSchema.TryConvert(document.RootElement, out var problem));
        Assert.Contains(reason, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void TheInput_IsLeftAsItWas()
    {
        const string Schema = """{"type":"object","properties":{"a":{"type":"string"}}}""";
        using var document = JsonDocument.Parse(Schema);

        StrictJsonSchema.Convert(document.RootElement);

        Assert.Equal(Schema, document.RootElement.GetRawText());
    }

    [Fact]
    public void OptionalPropertiesMadeRequired_AreListedByPath()
    {
        using var document = JsonDocument.Parse("""{"type":"object","properties":{"email":{"type":"string"},"unit":{"type":"string"},"address":{"type":"object","properties":{"zip":{"type":"string"}}}},"required":["email","address"]}""");

        Assert.Equal(["$.properties.unit", "$.properties.address.properties.zip"], StrictJsonSchema.OptionalPropertiesMadeRequired(document.RootElement));
    }

    [Fact]
    public void KeywordsStrictModeCannotTake_AreFoundWithTheirPaths()
    {
        using var document = JsonDocument.Parse("""{"type":"object","properties":{"name":{"type":"string","minLength":1},"tags":{"type":"array","items":{"type":"string"},"uniqueItems":true},"score":{"type":"number","minimum":0}}}""");

        Assert.Equal([("$.o.properties.name.minLength", "minLength"), ("$.o.properties.tags.uniqueItems", "uniqueItems")], StrictModeKeywords.Find(document.RootElement, "$.o"));
    }

    private static JsonObject Convert(string schema)
    {
        using var document = JsonDocument.Parse(schema);
        return StrictJsonSchema.Convert(document.RootElement);
    }

    private static void AssertJson(string expected, JsonNode actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), actual), $"expected {JsonNode.Parse(expected)!.ToJsonString()}\n but got {actual.ToJsonString()}");
}
