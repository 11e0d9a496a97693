using AgentStudio.Core.Designs;
using AgentStudio.Core.Running;
using AgentStudio.Core.Running.Compilation;
using AgentStudio.Core.Running.Models;
using AgentStudio.Core.Running.Models.Scripted;
using AgentStudio.Core.Running.Tools;
using AgentStudio.Core.Running.Tools.Mcp;
using AgentStudio.Core.Validation;
using AgentStudio.Tests.Support;
using static AgentStudio.Tests.Core.Running.RunDesigns;

namespace AgentStudio.Tests.Security;

/// <summary>
/// Attack: an <c>mcp</c> tool with a <c>command</c> ran any program on the server, with its full environment, as soon
/// as the agent first ran. Now only command lines on the trusted list start, with only the environment they declare.
/// </summary>
public sealed class McpCommandAttackTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    [Fact]
    public async Task AnUntrustedCommand_NeverStarts()
    {
        var marker = Path.Combine(_folder.Path, "the-design-ran-me");
        var design = Starting(new McpTool { Id = "evil", Name = "helper_tools", Command = "/bin/sh", Arguments = ["-c", $"touch '{marker}'"] });

        var compiled = DesignCompiler.Compile(design, mcpTrust: TrustNoMcpCommand.Instance);
        var problem = Assert.Single(compiled.Problems, p => p.IsError);
        Assert.Equal((ProblemCodes.UntrustedMcpCommand, "$.tools[0].command"), (problem.Code, problem.Path));
        Assert.Contains($"wants to run a program on this machine: /bin/sh -c 'touch '\\''{marker}'\\'''", problem.Message, StringComparison.Ordinal);

        // A caller that skips the check still cannot start it: the engine's own default trusts nothing.
        await using var uncheckedDesign = DesignCompiler.Compile(design).Design!;
        var result = await new AgentRunner(Model()).RunAsync(uncheckedDesign, "hi", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal((RunStatus.Failed, RunErrorKind.UserError), (result.Status, result.ErrorKind));
        Assert.StartsWith("AS0120: MCP tool helper_tools (evil) wants to run a program on this machine", result.ErrorMessage, StringComparison.Ordinal);
        Assert.False(File.Exists(marker));
    }

    [Fact]
    public async Task ATrustedCommand_GetsOnlyTheEnvironmentItDeclares()
    {
        Environment.SetEnvironmentVariable("AGENTSTUDIO_TEST_PARENT_KEY", "sk-parent-process-0002");
        var dump = Path.Combine(_folder.Path, "environment.txt");
        var tool = new McpTool
        {
            Id = "env",
            Name = "env_tools",
            Command = "/bin/sh",
            Arguments = ["-c", $"env > '{dump}'"],
            Environment = new Dictionary<string, string> { ["GREETING"] = "hello" },
        };
        var trust = new TrustListedMcpCommands([McpCommandLine.Of(tool)!]);
        await using var compiled = DesignCompiler.Compile(Starting(tool), mcpTrust: trust).Design!;

        // Not an MCP server, so the run fails once it has started; what matters is what the program saw.
        await new AgentRunner(Model(), new ToolServices { McpTrust = trust }).RunAsync(compiled, "hi", cancellationToken: TestContext.Current.CancellationToken);

        var seen = await File.ReadAllTextAsync(dump, TestContext.Current.CancellationToken);
        Assert.Contains("GREETING=hello", seen, StringComparison.Ordinal);
        Assert.Contains("PATH=", seen, StringComparison.Ordinal);
        Assert.DoesNotContain("sk-parent-process-0002", seen, StringComparison.Ordinal);
    }

    [Fact]
    public void TrustCoversTheExactCommandLine_ArgumentsAndEnvironmentIncluded()
    {
        var trusted = new McpCommandLine("npx", ["-y", "@modelcontextprotocol/server-github"], new Dictionary<string, string> { ["GITHUB_TOKEN"] = "${secret:GITHUB}" });
        var trust = new TrustListedMcpCommands([trusted]);

        Assert.True(trust.IsTrusted(new McpCommandLine("npx", ["-y", "@modelcontextprotocol/server-github"], new Dictionary<string, string> { ["GITHUB_TOKEN"] = "${secret:GITHUB}" })));
        Assert.False(trust.IsTrusted(new McpCommandLine("npx", ["-y", "@evil/server-github"], trusted.Environment)));
        Assert.False(trust.IsTrusted(new McpCommandLine("npx", trusted.Arguments, new Dictionary<string, string> { ["GITHUB_TOKEN"] = "${secret:OPENAI}" })));
        Assert.False(trust.IsTrusted(new McpCommandLine("npx", trusted.Arguments, new Dictionary<string, string> { ["GITHUB_TOKEN"] = "${secret:GITHUB}", ["NODE_OPTIONS"] = "--require /tmp/x.js" })));
        Assert.Equal("GITHUB_TOKEN='${secret:GITHUB}' npx -y @modelcontextprotocol/server-github", trusted.Text);
    }

    public void Dispose() => _folder.Dispose();

    private static DesignDocument Starting(McpTool tool) => Design([Agent("a", "Assistant")], [Uses("a", tool.Id)], [tool], entry: "a");

    private static SingleClientModelProvider Model() => new(new ScriptedChatClient(ModelScript.Parse("""{ "agents": { "Assistant": [ { "text": "never" } ] } }""")));
}
