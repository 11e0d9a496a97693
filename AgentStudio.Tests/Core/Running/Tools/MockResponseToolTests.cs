using System.Text.Json;
using AgentStudio.Core.Designs;
using AgentStudio.Core.Running.Tools;
using static AgentStudio.Tests.Core.Running.Tools.ToolTest;

namespace AgentStudio.Tests.Core.Running.Tools;

public sealed class MockResponseToolTests
{
    [Fact]
    public async Task FillsTheResponseTemplate()
    {
        var tool = new MockResponseTool(new MockTool
        {
            Id = "lookup",
            Name = "lookup_invoices",
            Description = "Finds invoices.",
            Parameters = Args("""{"type":"object","properties":{"customer_email":{"type":"string"}}}"""),
            Response = "Invoices for {{customer_email}}: {{count}} found{{missing}}.",
        });

        var output = await InvokeAsync(tool, """{"customer_email":"ada@example.com","count":2}""");

        Assert.Equal("Invoices for ada@example.com: 2 found.", output);
        Assert.Equal(("lookup_invoices", "Finds invoices."), (tool.Name, tool.Description));
        Assert.Equal("""{"type":"object","properties":{"customer_email":{"type":"string"}}}""", tool.ParametersSchema.GetRawText());
    }

    [Fact]
    public async Task WithoutATemplate_ReturnsTheArguments()
    {
        var tool = new MockResponseTool(new MockTool { Id = "echo", Name = "echo" });

        Assert.Equal("""{"a":1,"b":"two"}""", await InvokeAsync(tool, """{"a":1,"b":"two"}"""));
        Assert.Equal("""{"type":"object","properties":{}}""", tool.ParametersSchema.GetRawText());
        Assert.Equal(string.Empty, tool.Description);
    }

    [Fact]
    public void TheFactoryBuildsIt()
    {
        var tool = ToolFactory.Default.Create(new MockTool { Id = "m", Name = "m", Response = "x" });
        Assert.IsType<MockResponseTool>(tool);
        Assert.Equal(JsonValueKind.Object, tool.ParametersSchema.ValueKind);
    }
}
