using System.Text.Json;
using System.Text.Json.Nodes;
using AgentStudio.Core.Designs;
using AgentStudio.Core.Running;
using AgentStudio.Core.Running.Compilation;
using AgentStudio.Core.Running.Events;
using AgentStudio.Core.Running.Models;
using AgentStudio.Core.Running.Models.Providers;
using AgentStudio.Tests.Fakes;
using static AgentStudio.Tests.Core.Running.RunDesigns;

namespace AgentStudio.Tests.Core.Running;

/// <summary>
/// The request bodies on the Chat Completions wire, field by field, against what the Python Agents SDK (openai-agents
/// 0.22, <c>models/openai_chatcompletions.py</c> and <c>models/chatcmpl_converter.py</c>) sends for the same design.
/// </summary>
public sealed class ChatCompletionsRequestTests : IAsyncLifetime
{
    private const string LookupParameters = """{"type":"object","properties":{"email":{"type":"string"},"limit":{"type":"integer","minimum":1}},"required":["email"]}""";

    private FakeOpenAIServer _server = null!;

    public async ValueTask InitializeAsync() => _server = await FakeOpenAIServer.StartAsync();

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task FunctionTool_IsStrict_EveryPropertyRequired_KeywordsKept_AndNoToolChoiceOrParallelFlag()
    {
        _server.ThenText("Hi.");

        await StreamAsync(Lookup(Agent("triage", "TriageAgent")), "hi");

        var body = Request(0);
        var function = Assert.Single(body["tools"]!.AsArray())!["function"]!;
        AssertJson("""
            {"name":"lookup","description":"The lookup tool","strict":true,
             "parameters":{"type":"object","properties":{"email":{"type":"string"},"limit":{"type":"integer","minimum":1}},"required":["email","limit"],"additionalProperties":false}}
            """, function);
        Assert.Equal("function", (string?)body["tools"]![0]!["type"]);
        Assert.False(body.ContainsKey("tool_choice"), "the SDK omits tool_choice unless the agent sets one");
        Assert.False(body.ContainsKey("parallel_tool_calls"));
    }

    [Fact]
    public async Task AgentAsTool_HasTheSdkInputSchema_AndAnEmptyDescriptionWhenTheEdgeHasNone()
    {
        var design = Design([Agent("manager", "ManagerAgent"), Agent("research", "ResearchAgent")], [Uses("manager", "research")], entry: "manager");
        _server.ThenText("Done.");

        await StreamAsync(Compile(design), "bees");

        var function = Assert.Single(Request(0)["tools"]!.AsArray())!["function"]!;
        AssertJson("""
            {"name":"researchagent","description":"","strict":true,
             "parameters":{"description":"Default input schema for agent-as-tool calls.","properties":{"input":{"title":"Input","type":"string"}},"required":["input"],"title":"AgentAsToolInput","type":"object","additionalProperties":false}}
            """, function);
    }

    [Fact]
    public async Task Handoffs_AreStrict_WithTheEmptyStrictSchema_AndTheSdkDefaultDescriptionToTheCharacter()
    {
        var design = Design(
            [Agent("triage", "TriageAgent"), Agent("billing", "BillingAgent"), Agent("technical", "TechnicalAgent") with { HandoffDescription = null }],
            [new HandoffEdge { Id = "h1", From = "triage", To = "billing" }, new HandoffEdge { Id = "h2", From = "triage", To = "technical" }]);
        _server.ThenText("Hello.");

        await StreamAsync(Compile(design), "hi");

        var tools = Request(0)["tools"]!.AsArray();
        AssertJson("""
            {"name":"transfer_to_billingagent","description":"Handoff to the BillingAgent agent to handle the request. BillingAgent handles billing questions","strict":true,
             "parameters":{"additionalProperties":false,"type":"object","properties":{},"required":[]}}
            """, tools[0]!["function"]!);
        Assert.Equal("Handoff to the TechnicalAgent agent to handle the request. ", (string?)tools[1]!["function"]!["description"]);
    }

    [Fact]
    public async Task RequiredToolChoice_IsSent_ThenOmittedAfterTheReset()
    {
        _server.ThenToolCalls(("call_1", "lookup", """{"email":"a@b.c","limit":1}""")).ThenText("Found it.");

        await StreamAsync(Lookup(Agent("triage", "TriageAgent", toolChoice: "required")), "find my invoice");

        Assert.Equal("required", (string?)Request(0)["tool_choice"]);
        Assert.False(Request(1).ContainsKey("tool_choice"), "after reset_tool_choice the SDK sends no tool_choice at all");
    }

    [Fact]
    public async Task ToolCallOnlyAssistantMessage_HasNullContent_AndItsArgumentsAsTheModelWroteThem()
    {
        const string Arguments = """{"email": "a@b.c",  "limit": 2}""";
        _server.ThenToolCalls(("call_1", "lookup", Arguments)).ThenText("Found it.");

        var (events, _) = await StreamAsync(Lookup(Agent("triage", "TriageAgent")), "find my invoice");

        var assistant = Request(1)["messages"]!.AsArray().Single(m => (string?)m!["role"] == "assistant")!.AsObject();
        Assert.True(assistant.TryGetPropertyValue("content", out var content), "content must be sent, as null");
        Assert.Null(content);
        Assert.Equal(Arguments, (string?)assistant["tool_calls"]![0]!["function"]!["arguments"]);
        Assert.Equal(Arguments, Assert.Single(events.OfType<ToolCalledEvent>()).Arguments);
    }

    [Fact]
    public async Task InvalidArguments_AreReplayedVerbatim_SoTheModelSeesWhatItGotWrong()
    {
        const string Broken = """{"email": "a@b""";
        _server.ThenToolCalls(("call_1", "lookup", Broken)).ThenText("Sorry.");

        await StreamAsync(Lookup(Agent("triage", "TriageAgent")), "find my invoice");

        var messages = Request(1)["messages"]!.AsArray();
        Assert.Equal(Broken, (string?)messages.Single(m => (string?)m!["role"] == "assistant")!["tool_calls"]![0]!["function"]!["arguments"]);
        Assert.StartsWith("An error occurred while parsing tool arguments.", (string?)messages.Single(m => (string?)m!["role"] == "tool")!["content"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task NonStreamedRun_ReplaysArgumentsVerbatimToo()
    {
        const string Arguments = """{ "email" : "a@b.c", "limit": 3 }""";
        _server.ThenJsonToolCalls(("call_1", "lookup", Arguments)).ThenJsonText("Found it.");

        var result = await Runner().RunAsync(Lookup(Agent("triage", "TriageAgent")), "find my invoice", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("Found it.", result.FinalOutput);
        var assistant = Request(1)["messages"]!.AsArray().Single(m => (string?)m!["role"] == "assistant")!;
        Assert.Equal(Arguments, (string?)assistant["tool_calls"]![0]!["function"]!["arguments"]);
        Assert.Equal(Arguments, result.NewItems.Single(i => i.Kind == RunItemKind.ToolCall).Text);
    }

    [Fact]
    public async Task StructuredOutput_IsTheStrictFinalOutputFormat_KeepingMinimumAndMaximum()
    {
        var agent = Agent("triage", "TriageAgent", outputSchema: """{"type":"object","properties":{"score":{"type":"number","minimum":0,"maximum":1},"note":{"type":"string"}},"required":["score"]}""");
        _server.ThenText("""{"score":0.5,"note":"fine"}""");

        var (_, result) = await StreamAsync(Compile(Design([agent])), "rate it");

        Assert.Equal(RunStatus.Completed, result.Status);
        AssertJson("""
            {"type":"json_schema","json_schema":{"name":"final_output","strict":true,
             "schema":{"type":"object","properties":{"score":{"type":"number","minimum":0,"maximum":1},"note":{"type":"string"}},"required":["score","note"],"additionalProperties":false}}}
            """, Request(0)["response_format"]!);
    }

    [Fact]
    public async Task NoToolsHandoff_LeavesNoTraceOfTheToolCallOnlyResponse()
    {
        _server.ThenToolCalls(("call_1", "transfer_to_billingagent", "{}")).ThenText("Refunded.");

        await StreamAsync(Compile(SupportDesign(HistoryFilter.NoTools)), "I was charged twice");

        var messages = Request(1)["messages"]!.AsArray();
        Assert.Equal(["system", "user"], messages.Select(m => (string?)m!["role"]));
        Assert.Equal("I was charged twice", (string?)messages[1]!["content"]);
    }

    [Fact]
    public async Task NoToolsHandoff_DropsTheToolCallOnlyResponse_EvenWhenTheServerSentEmptyContent()
    {
        _server.ThenToolCalls("", ("call_1", "transfer_to_billingagent", "{}")).ThenText("Refunded.");

        await StreamAsync(Compile(SupportDesign(HistoryFilter.NoTools)), "I was charged twice");

        Assert.Equal(["system", "user"], Request(1)["messages"]!.AsArray().Select(m => (string?)m!["role"]));
    }

    [Fact]
    public async Task OutputTokenLimit_IsSentAsMaxTokens()
    {
        var agent = Agent("triage", "TriageAgent") with { ModelSettings = new ModelSettings { MaxOutputTokens = 50, Temperature = 0.2 } };
        _server.ThenText("Short.");

        await StreamAsync(Compile(Design([agent])), "hi");

        var body = Request(0);
        Assert.Equal(50, (int?)body["max_tokens"]);
        Assert.False(body.ContainsKey("max_completion_tokens"));
        Assert.Equal(0.2, (double)body["temperature"]!, 5);
    }

    [Fact]
    public async Task TwoHandoffsInOneResponse_TheIgnoredOutputComesFirst_AndIsStreamedAsAToolOutput()
    {
        _server.ThenToolCalls(("call_t", "transfer_to_technicalagent", "{}"), ("call_b", "transfer_to_billingagent", "{}")).ThenText("Restart it.");

        var (events, result) = await StreamAsync(Compile(SupportDesign()), "it crashed and I was charged");

        Assert.Equal("TechnicalAgent", result.LastAgent);
        var toolMessages = Request(1)["messages"]!.AsArray().Where(m => (string?)m!["role"] == "tool").ToList();
        Assert.Equal(["call_b", "call_t"], toolMessages.Select(m => (string?)m!["tool_call_id"]));
        Assert.Equal(["Multiple handoffs detected, ignoring this one.", """{"assistant": "TechnicalAgent"}"""], toolMessages.Select(m => (string?)m!["content"]));
        var ignored = Assert.Single(events.OfType<ToolOutputEvent>());
        Assert.Equal(("call_b", "transfer_to_billingagent", "Multiple handoffs detected, ignoring this one."), (ignored.CallId, ignored.Tool, ignored.Output));
    }

    private CompiledDesign Lookup(AgentDefinition agent) => Compile(Design(
        [agent], [Uses(agent.Id, "lookup")], [Tool("lookup") with { Parameters = JsonDocument.Parse(LookupParameters).RootElement.Clone() }], entry: agent.Id));

    private static CompiledDesign Compile(DesignDocument design) => DesignCompiler.Compile(design).Design!;

    private JsonObject Request(int index) => _server.Requests.ToList()[index].Body;

    private static void AssertJson(string expected, JsonNode actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), actual), $"expected {JsonNode.Parse(expected)!.ToJsonString()}\n but got {actual.ToJsonString()}");

    private AgentRunner Runner() => new(new ModelCatalog([new OpenAIModelSource(new ModelProviderSettings
    {
        Name = "fake", Kind = ModelProviderKind.OpenAICompatible, Endpoint = _server.BaseAddress, ApiKey = "test-key", MaxRetries = 0, Timeout = TimeSpan.FromSeconds(10),
    })]));

    private async Task<(List<RunEvent> Events, RunResult Result)> StreamAsync(CompiledDesign design, string input)
    {
        await using var run = Runner().Start(design, input, cancellationToken: TestContext.Current.CancellationToken);
        var events = new List<RunEvent>();
        await foreach (var runEvent in run.ReadEventsAsync(TestContext.Current.CancellationToken))
        {
            events.Add(runEvent);
        }

        return (events, await run.Completion.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken));
    }
}
