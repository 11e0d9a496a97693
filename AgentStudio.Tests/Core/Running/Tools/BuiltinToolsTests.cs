using System.Text.Json;
using AgentStudio.Core.Designs;
using AgentStudio.Core.Running.Tools;
using AgentStudio.Core.Running.Tools.Builtin;

namespace AgentStudio.Tests.Core.Running.Tools;

public sealed class BuiltinToolsTests
{
    [Fact]
    public void NamesTheThreeBuiltins() => Assert.Equal(["current_time", "calculator", "http_get"], BuiltinTools.Names);

    [Theory]
    [InlineData("current_time", "timezone", false)]
    [InlineData("calculator", "expression", true)]
    [InlineData("http_get", "url", true)]
    public void EachBuiltinDescribesItselfForTheModel(string builtin, string parameter, bool required)
    {
        var tool = BuiltinTools.Create(new BuiltinTool { Id = "t", Name = builtin });

        Assert.Equal(builtin, tool.Name);
        Assert.True(tool.Description.Length > 60, tool.Description);
        var schema = tool.ParametersSchema;
        Assert.Equal("object", schema.GetProperty("type").GetString());
        Assert.True(schema.GetProperty("properties").GetProperty(parameter).GetProperty("description").GetString()!.Length > 10);
        Assert.Equal(required, schema.TryGetProperty("required", out var list) && list.EnumerateArray().Any(e => e.GetString() == parameter));
    }

    [Fact]
    public void TheBuiltinPropertyChoosesTheImplementation_TheDefinitionNamesIt()
    {
        var tool = BuiltinTools.Create(new BuiltinTool { Id = "t", Name = "math", Builtin = "calculator", Description = "Does sums." });

        Assert.Equal(("math", "Does sums."), (tool.Name, tool.Description));
        Assert.True(tool.ParametersSchema.GetProperty("properties").TryGetProperty("expression", out _));
    }

    [Fact]
    public void AnUnknownBuiltinNamesTheKnownOnes()
    {
        var error = Assert.Throws<NotSupportedException>(() => BuiltinTools.Create(new BuiltinTool { Id = "t", Name = "x", Builtin = "weather" }));
        Assert.Equal("Tool x asks for the built-in 'weather', which does not exist; the built-ins are current_time, calculator, http_get.", error.Message);
    }

    [Fact]
    public void TheFactoryBuildsEveryKindButMcp()
    {
        Assert.Equal("calculator", ToolFactory.Default.Create(new BuiltinTool { Id = "c", Name = "calculator" }).Name);
        Assert.IsType<HttpRequestTool>(ToolFactory.Default.Create(new HttpTool { Id = "h", Name = "h", Url = "https://example.com/" }));
        Assert.IsType<MockResponseTool>(ToolFactory.Default.Create(new MockTool { Id = "m", Name = "m" }));

        var error = Assert.Throws<NotSupportedException>(() => ToolFactory.Default.Create(new McpTool { Id = "p", Name = "p", Command = "srv" }));
        Assert.Equal("Tool p has kind mcp, which this version cannot run.", error.Message);
    }

    [Fact]
    public void SchemasAreValidJsonObjects()
    {
        foreach (var name in BuiltinTools.Names)
        {
            var schema = BuiltinTools.Create(new BuiltinTool { Id = "t", Name = name }).ParametersSchema;
            Assert.Equal(JsonValueKind.Object, schema.ValueKind);
            Assert.False(schema.GetProperty("additionalProperties").GetBoolean());
        }
    }
}
