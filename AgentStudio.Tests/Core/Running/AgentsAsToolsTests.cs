using AgentStudio.Core.Running;
using AgentStudio.Core.Running.Events;
using AgentStudio.Core.Running.Tracing;
using Microsoft.Extensions.AI;
using static AgentStudio.Tests.Core.Running.RunDesigns;

namespace AgentStudio.Tests.Core.Running;

/// <summary>Agents as tools and structured outputs of run.md.</summary>
public sealed class AgentsAsToolsTests
{
    private const string FindingsSchema = """
        { "type": "object", "properties": { "topic": { "type": "string" }, "key_facts": { "type": "array", "items": { "type": "string" } }, "confidence_score": { "type": "number" } },
          "required": ["topic", "key_facts", "confidence_score"] }
        """;

    private static AgentStudio.Core.Designs.DesignDocument Manager(string? researchSchema = null) => Design(
        [Agent("manager", "ManagerAgent"), Agent("research", "ResearchAgent", outputSchema: researchSchema)],
        [Uses("manager", "research", toolName: "research")],
        entry: "manager");

    [Fact]
    public async Task AgentAsTool_RunsOnTheInputString_NotTheCallersHistory_AndReturnsItsOutput()
    {
        var harness = new RunHarness(Manager(), """
            { "agents": {
                "ManagerAgent": [ { "toolCalls": [ { "name": "research", "arguments": { "input": "solar panels" } } ] }, { "text": "Summary: panels are good." } ],
                "ResearchAgent": [ { "text": "Panels convert light." } ] } }
            """);

        var (events, result) = await harness.StreamAsync("Tell me about energy");

        var research = Assert.Single(harness.Model.CallsOf("ResearchAgent"));
        Assert.Equal([ChatRole.System, ChatRole.User], research.Messages.Select(m => m.Role));
        Assert.Equal("solar panels", research.Messages[1].Text);
        Assert.Equal("Panels convert light.", Assert.Single(events.OfType<ToolOutputEvent>()).Output);
        Assert.Equal("ManagerAgent", result.LastAgent);
        Assert.DoesNotContain(events, e => e.Agent == "ResearchAgent");
        Assert.Equal(
            ["agent ManagerAgent", "  generation gpt-4o", "  function research", "    agent ResearchAgent", "      generation gpt-4o", "  generation gpt-4o"],
            RunHarness.Tree(result.Trace));
        Assert.Equal(3, result.Usage.Requests);
    }

    [Fact]
    public async Task AgentAsTool_IsOfferedWithOneRequiredInputString()
    {
        var harness = new RunHarness(Manager(), """
            { "agents": { "ManagerAgent": [ { "text": "nothing to do" } ] } }
            """);

        await harness.RunAsync("hi");

        var tool = Assert.IsAssignableFrom<AIFunctionDeclaration>(Assert.Single(harness.Model.Calls.Single().Options!.Tools!));
        Assert.Equal("research", tool.Name);
        // The edge has no description: the SDK's as_tool sends "" (agent.py, tool_description or ""), not the
        // target's handoff description; the designer warns about it instead (AS0207).
        Assert.Equal("", tool.Description);
        Assert.Equal("""["input"]""", tool.JsonSchema.GetProperty("required").GetRawText());
    }

    [Fact]
    public async Task StructuredOutputOfAnAgentAsTool_ComesBackAsJsonText()
    {
        var harness = new RunHarness(Manager(FindingsSchema), """
            { "agents": {
                "ManagerAgent": [ { "toolCalls": [ { "name": "research", "arguments": { "input": "bees" } } ] }, { "text": "ok" } ],
                "ResearchAgent": [ { "text": "{ \"topic\": \"bees\", \"key_facts\": [\"they fly\"], \"confidence_score\": 0.9 }" } ] } }
            """);

        var (events, _) = await harness.StreamAsync("bees?");

        Assert.Equal("""{ "topic": "bees", "key_facts": ["they fly"], "confidence_score": 0.9 }""", Assert.Single(events.OfType<ToolOutputEvent>()).Output);
    }

    [Fact]
    public async Task NestedRunThatFails_BecomesAToolError_SoTheCallerCanRecover()
    {
        var harness = new RunHarness(Manager(FindingsSchema), """
            { "agents": {
                "ManagerAgent": [ { "toolCalls": [ { "name": "research", "arguments": { "input": "bees" } } ] }, { "text": "Research failed, sorry." } ],
                "ResearchAgent": [ { "text": "not json at all" } ] } }
            """);

        var (events, result) = await harness.StreamAsync("bees?");

        var output = Assert.Single(events.OfType<ToolOutputEvent>());
        Assert.True(output.IsError);
        Assert.StartsWith("An error occurred while running the tool. Please try again. Error: Invalid JSON when parsing the structured output of ResearchAgent", output.Output, StringComparison.Ordinal);
        Assert.Equal(RunStatus.Completed, result.Status);
        Assert.Equal(SpanStatus.Error, result.Trace.Spans.Single(s => s.Kind == SpanKind.Agent && s.Name == "ResearchAgent").Status);
    }

    [Fact]
    public async Task StructuredOutput_IsParsedAndValidated_AndSentAsTheResponseFormat()
    {
        var harness = new RunHarness(Design([Agent("triage", "ResearchAgent", outputSchema: FindingsSchema)]), """
            { "agents": { "ResearchAgent": [ { "text": "{\"topic\":\"bees\",\"key_facts\":[],\"confidence_score\":1}" } ] } }
            """);

        var result = await harness.RunAsync("bees");

        Assert.Equal(RunStatus.Completed, result.Status);
        Assert.Equal("bees", result.StructuredOutput!.Value.GetProperty("topic").GetString());
        var format = Assert.IsType<ChatResponseFormatJson>(harness.Model.Calls.Single().Options!.ResponseFormat);
        // The SDK names every structured output's response format final_output (chatcmpl_converter.py).
        Assert.Equal("final_output", format.SchemaName);
    }

    [Fact]
    public async Task StructuredOutputOfTheWrongShape_FailsTheRun_AsModelBehaviour()
    {
        var harness = new RunHarness(Design([Agent("triage", "ResearchAgent", outputSchema: FindingsSchema)]), """
            { "agents": { "ResearchAgent": [ { "text": "{\"topic\": 5}" } ] } }
            """);

        var (events, result) = await harness.StreamAsync("bees");

        var failed = Assert.IsType<RunFailedEvent>(events[^1]);
        Assert.Equal(RunErrorKind.ModelBehavior, failed.ErrorKind);
        Assert.StartsWith("The structured output of ResearchAgent does not match its output schema", failed.Message, StringComparison.Ordinal);
        Assert.Equal(RunStatus.Failed, result.Status);
    }
}
