using System.Text;
using AgentStudio.Core.Designs;
using AgentStudio.Core.Exporting;
using AgentStudio.Core.Exporting.TypeScript;

namespace AgentStudio.Tests.Exporting.TypeScript;

/// <summary>What the TypeScript export refuses, and texts it must carry over exactly.</summary>
public sealed class TypeScriptGeneratorTests
{
    [Fact]
    public void HttpTool_WithATemplatedMethod_IsRefused_NamingTheTool()
    {
        var export = TypeScriptExports.Export("""
            {
              "format": "agentstudio.design", "version": 1, "name": "Weather", "entry": "a",
              "agents": [ { "id": "a", "name": "Forecaster", "instructions": "Forecast.", "model": "gpt-4o" } ],
              "tools": [ { "kind": "http", "id": "weather-api", "name": "get_weather", "method": "{{verb}}", "url": "https://example.org/{{city}}" } ],
              "edges": [ { "kind": "tool", "id": "a-w", "from": "a", "to": "weather-api" } ]
            }
            """);

        Assert.False(export.Succeeded);
        Assert.Empty(export.Files);
        var refusal = Assert.Single(export.Refusals);
        Assert.Equal("weather-api", refusal.ElementId);
        Assert.Equal("get_weather", refusal.ElementName);
        Assert.Contains("method is a template", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SecretThatCannotBeAnEnvironmentVariable_IsRefused_NamingTheTool()
    {
        var export = TypeScriptExports.Export("""
            {
              "format": "agentstudio.design", "version": 1, "name": "Weather", "entry": "a",
              "agents": [ { "id": "a", "name": "Forecaster", "instructions": "Forecast.", "model": "gpt-4o" } ],
              "tools": [ { "kind": "mcp", "id": "docs", "name": "docs", "url": "https://mcp.example.org/mcp",
                "headers": { "Authorization": "Bearer ${secret:docs-token}" } } ],
              "edges": [ { "kind": "tool", "id": "a-d", "from": "a", "to": "docs" } ]
            }
            """);

        var refusal = Assert.Single(export.Refusals);
        Assert.Equal("docs", refusal.ElementId);
        Assert.Contains("${secret:docs-token}", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Secrets_AreReadFromTheEnvironment_AndTheCalculatorNeverEvaluatesCode()
    {
        var export = TypeScriptExports.Export(TypeScriptExports.DesignJson(TypeScriptExports.EveryTool));

        Assert.True(export.Succeeded, string.Join("\n", export.Refusals));
        var agents = export.Files.Single(f => f.Path == "src/agents.ts").Content;
        Assert.Contains("Authorization: `Bearer ${secret(\"WEATHER_TOKEN\")}`", agents, StringComparison.Ordinal);
        Assert.Contains("process.env[name]", export.Files.Single(f => f.Path == "src/tools.ts").Content, StringComparison.Ordinal);
        Assert.All(["WEATHER_KEY", "WEATHER_TOKEN", "FS_TOKEN", "FS_MODE", "DOCS_TOKEN"], name =>
            Assert.DoesNotContain("${secret:" + name, agents, StringComparison.Ordinal));
        Assert.All(export.Files, f => Assert.DoesNotMatch(@"\beval\(|new Function\(", f.Content));
    }

    [Fact]
    public void SchemaKeywordWithoutZod_IsRefused_NamingTheToolAndThePlace()
    {
        var export = TypeScriptExports.Export("""
            {
              "format": "agentstudio.design", "version": 1, "name": "Codes", "entry": "a",
              "agents": [ { "id": "a", "name": "Clerk", "instructions": "Check codes.", "model": "gpt-4o" } ],
              "tools": [ { "kind": "mock", "id": "check", "name": "check_code", "response": "ok",
                "parameters": { "type": "object", "properties": { "code": { "type": "string", "format": "email" } } } } ],
              "edges": [ { "kind": "tool", "id": "a-c", "from": "a", "to": "check" } ]
            }
            """);

        var refusal = Assert.Single(export.Refusals);
        Assert.Equal("check", refusal.ElementId);
        Assert.Contains("$.code", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("\"format\"", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pattern_IsWrittenAsARegExp_OfTheSameSource()
    {
        var export = TypeScriptExports.Export("""
            {
              "format": "agentstudio.design", "version": 1, "name": "Codes", "entry": "a",
              "agents": [ { "id": "a", "name": "Clerk", "instructions": "Check codes.", "model": "gpt-4o" } ],
              "tools": [ { "kind": "mock", "id": "check", "name": "check_code", "response": "ok",
                "parameters": { "type": "object", "properties": { "code": { "type": "string", "pattern": "^[A-Z]+\\d$" } } } } ],
              "edges": [ { "kind": "tool", "id": "a-c", "from": "a", "to": "check" } ]
            }
            """);

        Assert.True(export.Succeeded, string.Join("\n", export.Refusals));
        Assert.Contains("code: z.string().regex(new RegExp(\"^[A-Z]+\\\\d$\"))", export.Files.Single(f => f.Path == "src/agents.ts").Content, StringComparison.Ordinal);
    }

    [Fact]
    public void LoneSurrogate_IsWrittenAsAnEscape_AndTheFileIsValidUtf8()
    {
        var design = new DesignDocument
        {
            Name = "Odd \uD800 text",
            Entry = "a",
            Agents = [new AgentDefinition { Id = "a", Name = "A\uDC00gent", Instructions = "Keep \uD83D\uDE00 and \uD800 as they are.", Model = "gpt-4o" }],
        };

        var export = new TypeScriptGenerator().Generate(new ExportSource(design, null));

        Assert.True(export.Succeeded);
        var agents = export.Files.Single(f => f.Path == "src/agents.ts").Content;
        Assert.Contains("instructions: \"Keep \uD83D\uDE00 and \\uD800 as they are.\"", agents, StringComparison.Ordinal);
        Assert.Contains("name: \"A\\uDC00gent\"", agents, StringComparison.Ordinal);
        var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        Assert.All(export.Files, f => strict.GetBytes(f.Content));
    }

    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("it's", "\"it's\"")]
    [InlineData("say \"hi\"", "'say \"hi\"'")]
    [InlineData("a\\b\nc", "\"a\\\\b\\nc\"")]
    [InlineData("«Ü» — ok", "\"«Ü» — ok\"")]
    public void StringLiteral_QuotesAsPrettier(string text, string literal) =>
        Assert.Equal(literal, new TsString(text).Literal);
}
