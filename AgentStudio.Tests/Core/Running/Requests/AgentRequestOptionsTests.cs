using System.Text.Json;
using System.Text.Json.Nodes;
using AgentStudio.Core.Running.Requests;
using AgentStudio.Core.Running.Tools;

namespace AgentStudio.Tests.Core.Running.Requests;

/// <summary>How each kind of tool is offered to the model, as the SDK offers it (tool.py FunctionTool, mcp/util.py).</summary>
public sealed class AgentRequestOptionsTests
{
    [Fact]
    public void McpTool_GoesAsItsServerDescribesIt_NotStrict_WithPropertiesAdded()
    {
        var function = AgentRequestOptions.Function(new SchemaTool("""{"type":"object","additionalProperties":true}""", strict: false));

        Assert.False(function.Strict);
        Assert.Equal(false, function.AdditionalProperties[ModelFunction.StrictKey]);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"type":"object","additionalProperties":true,"properties":{}}"""), JsonNode.Parse(function.JsonSchema.GetRawText())));
    }

    [Fact]
    public void DesignToolWithoutAStrictForm_GoesAsWritten_NotStrict()
    {
        const string Open = """{"type":"object","properties":{"a":{"type":"string"}},"additionalProperties":true}""";

        var function = AgentRequestOptions.Function(new SchemaTool(Open, strict: true));

        Assert.False(function.Strict);
        Assert.Equal(Open, function.JsonSchema.GetRawText());
    }

    [Fact]
    public void DesignTool_GoesStrict_InStrictForm()
    {
        var function = AgentRequestOptions.Function(new SchemaTool("""{"type":"object","properties":{"a":{"type":"string"}}}""", strict: true));

        Assert.True(function.Strict);
        Assert.Equal(true, function.AdditionalProperties[ModelFunction.StrictKey]);
        Assert.Equal("""["a"]""", function.JsonSchema.GetProperty("required").GetRawText());
    }

    private sealed class SchemaTool(string schema, bool strict) : IAgentTool
    {
        public string Name => "tool";

        public string Description => "A tool";

        public JsonElement ParametersSchema { get; } = JsonDocument.Parse(schema).RootElement.Clone();

        public bool StrictSchema => strict;

        public Task<string> InvokeAsync(JsonElement arguments, ToolInvocationContext context, CancellationToken cancellationToken = default) => Task.FromResult("");
    }
}
