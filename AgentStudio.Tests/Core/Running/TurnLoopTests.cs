using AgentStudio.Core.Running;
using AgentStudio.Core.Running.Events;
using AgentStudio.Core.Running.Tracing;
using AgentStudio.Tests.Fakes;
using Microsoft.Extensions.AI;
using static AgentStudio.Tests.Core.Running.RunDesigns;

namespace AgentStudio.Tests.Core.Running;

/// <summary>The run loop of run.md: text answers, tool calls and their errors, message plus calls, tool choice reset.</summary>
public sealed class TurnLoopTests
{
    [Fact]
    public async Task TextAnswer_IsTheFinalOutput_WithStreamedDeltasAndOneGeneration()
    {
        var harness = new RunHarness(Design([Agent("triage", "TriageAgent")]), """{ "agents": { "TriageAgent": [ { "text": "Hello there, friend." } ] } }""");

        var (events, result) = await harness.StreamAsync("hi");

        Assert.Equal(["agent_updated:TriageAgent", "text_delta", "message_output_created", "run_completed"], RunHarness.Sequence(events));
        Assert.Equal("Hello there, friend.", string.Concat(events.OfType<TextDeltaEvent>().Select(e => e.Delta)));
        Assert.True(events.OfType<TextDeltaEvent>().Count() > 1, "the answer should stream in more than one delta");
        Assert.Equal(RunStatus.Completed, result.Status);
        Assert.Equal("Hello there, friend.", result.FinalOutput);
        Assert.Equal("TriageAgent", result.LastAgent);
        Assert.Equal(1, result.Turns);
        Assert.Equal(1, result.Usage.Requests);
        Assert.True(result.Usage.TotalTokens > 0);
        Assert.Equal(["agent TriageAgent", "  generation gpt-4o"], RunHarness.Tree(result.Trace));
        var completed = Assert.IsType<RunCompletedEvent>(events[^1]);
        Assert.Equal("Hello there, friend.", completed.FinalOutput);
    }

    [Fact]
    public async Task InstructionsGoFirst_AsASystemMessage_ThenTheInput()
    {
        var harness = new RunHarness(Design([Agent("triage", "TriageAgent")]), """{ "agents": { "TriageAgent": [ { "text": "ok" } ] } }""");

        await harness.StreamAsync("hi");

        var call = Assert.Single(harness.Model.Calls);
        Assert.Equal([ChatRole.System, ChatRole.User], call.Messages.Select(m => m.Role));
        Assert.Equal("You are TriageAgent.", call.Messages[0].Text);
        Assert.Equal("hi", call.Messages[1].Text);
    }

    [Fact]
    public async Task EmptyText_IsAValidFinalOutput()
    {
        var harness = new RunHarness(Design([Agent("triage", "TriageAgent")]), """{ "agents": { "TriageAgent": [ { "text": "" } ] } }""");

        var result = await harness.RunAsync("hi");

        Assert.Equal(RunStatus.Completed, result.Status);
        Assert.Equal("", result.FinalOutput);
    }

    [Fact]
    public async Task ToolCalls_RunConcurrently_AndOutputsGoBackInCallOrder()
    {
        // The first tool only finishes after the second has started and finished: with sequential calls this would deadlock.
        var secondDone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var slow = new FakeTool("slow", async (_, ct) => { await secondDone.Task.WaitAsync(TimeSpan.FromSeconds(10), ct); return "slow result"; });
        var fast = new FakeTool("fast", (_, _) => { secondDone.SetResult(); return Task.FromResult("fast result"); });
        var harness = new RunHarness(WithTools(Agent("triage", "TriageAgent"), "slow", "fast"), """
            { "agents": { "TriageAgent": [
                { "toolCalls": [ { "name": "slow", "arguments": { "q": "a" } }, { "name": "fast", "arguments": { "q": "b" } } ] },
                { "text": "done" } ] } }
            """, slow, fast);

        var (events, result) = await harness.StreamAsync("go");

        Assert.Equal(["agent_updated:TriageAgent", "tool_called:slow", "tool_called:fast", "tool_output:slow", "tool_output:fast", "text_delta", "message_output_created", "run_completed"], RunHarness.Sequence(events));
        var outputs = Assert.Single(harness.Model.Calls.Last().Messages, m => m.Role == ChatRole.Tool).Contents.OfType<FunctionResultContent>();
        Assert.Equal(["slow result", "fast result"], outputs.Select(o => o.Result));
        Assert.Equal(["tool_call", "tool_call", "tool_output", "tool_output", "message"], result.NewItems.Select(i => i.Kind.ToString() switch { "ToolCall" => "tool_call", "ToolOutput" => "tool_output", _ => "message" }));
        Assert.Equal(["agent TriageAgent", "  generation gpt-4o", "  function slow", "  function fast", "  generation gpt-4o"], RunHarness.Tree(result.Trace));
        Assert.Equal("""{"q":"a"}""", Assert.Single(slow.Calls));
    }

    [Fact]
    public async Task ParallelToolCalls_AreTracedInTheOrderTheModelMadeThem()
    {
        // Sixteen calls in one turn: their spans used to start after a yield, in whatever order the thread pool ran them.
        var names = Enumerable.Range(0, 16).Select(i => $"tool_{i:00}").ToArray();
        var tools = names.Select(name => new FakeTool(name, $"{name} result")).ToArray();
        var calls = string.Join(", ", names.Select(name => $$"""{ "name": "{{name}}", "arguments": { "q": "x" } }"""));
        var harness = new RunHarness(WithTools(Agent("triage", "TriageAgent"), names), $$"""
            { "agents": { "TriageAgent": [ { "toolCalls": [ {{calls}} ] }, { "text": "done" } ] } }
            """, tools);

        var result = await harness.RunAsync("go");

        Assert.Equal(names.Select(name => $"  function {name}"), RunHarness.Tree(result.Trace).Where(line => line.StartsWith("  function", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ToolThatThrows_GivesTheModelTheErrorText_AndTheRunGoesOn()
    {
        var broken = new FakeTool("lookup", (_, _) => throw new InvalidOperationException("database offline"));
        var harness = new RunHarness(WithTools(Agent("triage", "TriageAgent"), "lookup"), """
            { "agents": { "TriageAgent": [ { "toolCalls": [ { "name": "lookup", "arguments": {} } ] }, { "text": "Sorry, the lookup failed." } ] } }
            """, broken);

        var (events, result) = await harness.StreamAsync("find it");

        var output = Assert.Single(events.OfType<ToolOutputEvent>());
        Assert.True(output.IsError);
        Assert.Equal("An error occurred while running the tool. Please try again. Error: database offline", output.Output);
        Assert.Equal(RunStatus.Completed, result.Status);
        var span = Assert.Single(result.Trace.Spans, s => s.Kind == SpanKind.Function);
        Assert.Equal(SpanStatus.Error, span.Status);
        Assert.Equal("database offline", span.Error!.Message);
    }

    [Fact]
    public async Task ArgumentsThatAreNotJson_GiveTheModelTheParseError()
    {
        var lookup = new FakeTool("lookup", "never");
        var harness = new RunHarness(WithTools(Agent("triage", "TriageAgent"), "lookup"), """
            { "agents": { "TriageAgent": [ { "toolCalls": [ { "name": "lookup", "arguments": "{\"q\": " } ] }, { "text": "retrying later" } ] } }
            """, lookup);

        var (events, result) = await harness.StreamAsync("find it");

        var output = Assert.Single(events.OfType<ToolOutputEvent>());
        Assert.StartsWith("An error occurred while parsing tool arguments. Please try again with valid JSON. Error: ", output.Output, StringComparison.Ordinal);
        Assert.Empty(lookup.Calls);
        Assert.Equal(RunStatus.Completed, result.Status);
    }

    [Fact]
    public async Task ArgumentsThatAreNotJson_AreShownAndReplayedAsTheModelWroteThem()
    {
        var harness = new RunHarness(WithTools(Agent("triage", "TriageAgent"), "lookup"), """
            { "agents": { "TriageAgent": [ { "toolCalls": [ { "name": "lookup", "arguments": "{\"q\": " } ] }, { "text": "retrying later" } ] } }
            """, new FakeTool("lookup", "never"));

        var (events, _) = await harness.StreamAsync("find it");

        Assert.Equal("{\"q\": ", Assert.Single(events.OfType<ToolCalledEvent>()).Arguments);
        var replayed = harness.Model.Calls.ToList()[1].Messages.SelectMany(m => m.Contents).OfType<FunctionCallContent>().Single();
        Assert.Equal("{\"q\": ", AgentStudio.Core.Running.Requests.CallArguments.Text(replayed));
    }

    [Fact]
    public async Task CallOfAToolTheAgentDoesNotHave_FailsTheRun()
    {
        var harness = new RunHarness(Design([Agent("triage", "TriageAgent")]), """
            { "agents": { "TriageAgent": [ { "toolCalls": [ { "name": "launch_rockets" } ] } ] } }
            """);

        var (events, result) = await harness.StreamAsync("go");

        var failed = Assert.IsType<RunFailedEvent>(events[^1]);
        Assert.Equal(RunErrorKind.ModelBehavior, failed.ErrorKind);
        Assert.Equal("Tool launch_rockets not found in agent TriageAgent", failed.Message);
        Assert.Equal(RunStatus.Failed, result.Status);
        Assert.Equal(["agent TriageAgent [error]", "  generation gpt-4o"], RunHarness.Tree(result.Trace));
    }

    [Fact]
    public async Task MessageWithToolCalls_IsNotFinal_TheLoopRunsAgain()
    {
        var harness = new RunHarness(WithTools(Agent("triage", "TriageAgent"), "lookup"), """
            { "agents": { "TriageAgent": [ { "text": "Let me check.", "toolCalls": [ { "name": "lookup" } ] }, { "text": "Found it." } ] } }
            """);

        var result = await harness.RunAsync("find it");

        Assert.Equal("Found it.", result.FinalOutput);
        Assert.Equal(2, result.Turns);
    }

    [Fact]
    public async Task StopOnFirstTool_MakesTheFirstToolOutputTheFinalOutput()
    {
        var harness = new RunHarness(WithTools(Agent("triage", "TriageAgent", behaviour: AgentStudio.Core.Designs.ToolUseBehavior.StopOnFirstTool), "first", "second"), """
            { "agents": { "TriageAgent": [ { "toolCalls": [ { "name": "first" }, { "name": "second" } ] } ] } }
            """, new FakeTool("first", "first wins"), new FakeTool("second", "second loses"));

        var result = await harness.RunAsync("go");

        Assert.Equal("first wins", result.FinalOutput);
        Assert.Equal(1, result.Turns);
    }

    [Fact]
    public async Task RequiredToolChoice_IsNoLongerForced_AfterTheAgentUsedATool()
    {
        var harness = new RunHarness(WithTools(Agent("triage", "TriageAgent", toolChoice: "required"), "lookup"), """
            { "agents": { "TriageAgent": [ { "toolCalls": [ { "name": "lookup" } ] }, { "text": "done" } ] } }
            """);

        await harness.RunAsync("go");

        var calls = harness.Model.Calls.ToList();
        Assert.IsType<RequiredChatToolMode>(calls[0].Options!.ToolMode);
        Assert.Null(calls[1].Options!.ToolMode);
    }

    [Fact]
    public async Task ModelFailure_FailsTheRunAsAModelError_OnTheGenerationSpan()
    {
        var harness = new RunHarness(Design([Agent("triage", "TriageAgent")]), """{ "agents": { "TriageAgent": [ { "error": "503 Service Unavailable" } ] } }""");

        var (events, result) = await harness.StreamAsync("hi");

        var failed = Assert.IsType<RunFailedEvent>(events[^1]);
        Assert.Equal(RunErrorKind.ModelError, failed.ErrorKind);
        Assert.Contains("503 Service Unavailable", failed.Message, StringComparison.Ordinal);
        var generation = Assert.Single(result.Trace.Spans, s => s.Kind == SpanKind.Generation);
        Assert.Equal(SpanStatus.Error, generation.Status);
    }

    [Fact]
    public async Task ScriptThatRunsOut_FailsTheRun_NamingTheAgent()
    {
        var harness = new RunHarness(WithTools(Agent("triage", "TriageAgent"), "lookup"), """
            { "agents": { "TriageAgent": [ { "toolCalls": [ { "name": "lookup" } ] } ] } }
            """);

        var result = await harness.RunAsync("go");

        Assert.Equal(RunErrorKind.UserError, result.ErrorKind);
        Assert.Equal("The script has no more responses for TriageAgent: it gave all 1 and the run asked for another.", result.ErrorMessage);
    }

    [Fact]
    public async Task NonStreamingRun_GivesTheSameResult_WithTheSameTrace()
    {
        const string Script = """{ "agents": { "TriageAgent": [ { "toolCalls": [ { "name": "lookup" } ] }, { "text": "All done here." } ] } }""";
        var streamed = await new RunHarness(WithTools(Agent("triage", "TriageAgent"), "lookup"), Script).StreamAsync("go");

        var result = await new RunHarness(WithTools(Agent("triage", "TriageAgent"), "lookup"), Script).RunAsync("go");

        Assert.Equal(streamed.Result.FinalOutput, result.FinalOutput);
        Assert.Equal(streamed.Result.NewItems, result.NewItems);
        Assert.Equal(RunHarness.Tree(streamed.Result.Trace), RunHarness.Tree(result.Trace));
        Assert.All(streamed.Result.Trace.Spans.Where(s => s.Kind == SpanKind.Generation), s => Assert.NotNull(s.GetData(SpanDataKeys.TimeToFirstTokenMs)));
        Assert.All(result.Trace.Spans.Where(s => s.Kind == SpanKind.Generation), s => Assert.Null(s.GetData(SpanDataKeys.TimeToFirstTokenMs)));
    }
}
