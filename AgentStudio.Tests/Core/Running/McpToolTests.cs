using AgentStudio.Core.Designs;
using AgentStudio.Core.Running;
using AgentStudio.Core.Running.Compilation;
using AgentStudio.Core.Running.Events;
using AgentStudio.Core.Running.Models;
using AgentStudio.Core.Running.Models.Scripted;
using AgentStudio.Core.Running.Tools;
using AgentStudio.Core.Running.Tools.Mcp;
using AgentStudio.Tests.Fakes;
using AgentStudio.Tests.Support;
using static AgentStudio.Tests.Core.Running.RunDesigns;

namespace AgentStudio.Tests.Core.Running;

/// <summary>An agent calls a tool listed from a real MCP server process: AgentStudio's own <c>mcp-server</c> verb over stdio.</summary>
public sealed class McpToolTests
{
    // These tests start programs they name themselves; trust is the subject of McpTrustTests.
    private static readonly ToolServices Trusting = new() { McpTrust = TrustEveryMcpCommand.Instance };

    private static DesignDocument CalculatorDesign(IReadOnlyList<string>? allowed = null) => Design(
        [Agent("calc", "CalcAgent")],
        [Uses("calc", "builtins")],
        [new McpTool
        {
            Id = "builtins",
            Name = "builtins",
            Description = "AgentStudio's built-in tools over MCP",
            Command = "dotnet",
            Arguments = [Path.Combine(RepositoryPaths.AppBuildOutput, "AgentStudio.dll"), "mcp-server"],
            AllowedTools = allowed,
        }],
        entry: "calc");

    [Fact]
    public async Task ToolFromAnMcpServerProcess_IsOfferedAndCalled()
    {
        var compiled = DesignCompiler.Compile(CalculatorDesign(["calculator", "current_time"]));
        Assert.True(compiled.Succeeded, string.Join("\n", compiled.Problems));
        await using var design = compiled.Design!;
        var model = new RecordingChatClient(new ScriptedChatClient(ModelScript.Parse("""
            { "agents": { "CalcAgent": [ { "toolCalls": [ { "name": "calculator", "arguments": { "expression": "6 * 7" } } ] }, { "text": "It is 42." } ] } }
            """)));
        var runner = new AgentRunner(new SingleClientModelProvider(model), Trusting);

        await using var run = runner.Start(design, "What is 6 times 7?", cancellationToken: TestContext.Current.CancellationToken);
        var events = new List<RunEvent>();
        await foreach (var runEvent in run.ReadEventsAsync(TestContext.Current.CancellationToken))
        {
            events.Add(runEvent);
        }

        var result = await run.Completion;
        Assert.True(result.Status == RunStatus.Completed, result.ErrorMessage);
        var output = Assert.Single(events.OfType<ToolOutputEvent>());
        Assert.False(output.IsError, output.Output);
        Assert.Equal("42", output.Output);
        var offered = model.Calls.First().Options!.Tools!.Select(t => t.Name).Order();
        Assert.Equal(["calculator", "current_time"], offered);
    }

    [Fact]
    public async Task UnreachableMcpServer_FailsTheRunNamingIt()
    {
        var broken = CalculatorDesign() with { Tools = [new McpTool { Id = "builtins", Name = "builtins", Command = "/nonexistent/agentstudio-mcp" }] };
        await using var design = DesignCompiler.Compile(broken).Design!;
        var runner = new AgentRunner(new SingleClientModelProvider(new ScriptedChatClient(ModelScript.Parse("""{ "agents": { "CalcAgent": [ { "text": "never" } ] } }"""))), Trusting);

        var result = await runner.RunAsync(design, "hi", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(RunStatus.Failed, result.Status);
        Assert.Equal(RunErrorKind.UserError, result.ErrorKind);
        Assert.StartsWith("MCP server builtins could not be reached", result.ErrorMessage, StringComparison.Ordinal);
    }
}
