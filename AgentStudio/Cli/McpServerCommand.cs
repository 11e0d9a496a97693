using System.CommandLine;
using System.Text.Json;
using AgentStudio.Core.Designs;
using AgentStudio.Core.Running.Tools;
using AgentStudio.Core.Running.Tools.Builtin;
using AgentStudio.Core.Running.Tracing;
using Microsoft.Extensions.AI;
using ModelContextProtocol.Server;

namespace AgentStudio.Cli;

/// <summary>
/// <c>mcp-server</c>: serves AgentStudio's built-in tools (current_time, calculator, http_get) as an MCP server over
/// stdio, so other MCP clients — and AgentStudio designs' <c>mcp</c> tools — can use them.
/// </summary>
internal static class McpServerCommand
{
    public static Command Create()
    {
        var command = new Command("mcp-server", "Serve the built-in tools as an MCP server over stdin/stdout.");
        command.SetAction((_, cancellationToken) => RunAsync(cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder();
        // stdout carries the protocol: nothing else may write to it.
        builder.Logging.ClearProviders();
        var services = new ToolServices();
        var tools = BuiltinTools.Names.Select(name => McpServerTool.Create(new AgentToolFunction(BuiltinTools.Create(new BuiltinTool { Id = name, Name = name, Builtin = name }), services)));
        builder.Services.AddMcpServer().WithStdioServerTransport().WithTools(tools);
        await builder.Build().RunAsync(cancellationToken);
        return CliApp.Success;
    }

    /// <summary>An AgentStudio tool seen as a Microsoft.Extensions.AI function, which the MCP SDK serves.</summary>
    private sealed class AgentToolFunction(IAgentTool tool, ToolServices services) : AIFunction
    {
        public override string Name => tool.Name;

        public override string Description => tool.Description;

        public override JsonElement JsonSchema => tool.ParametersSchema;

        protected override async ValueTask<object?> InvokeCoreAsync(AIFunctionArguments arguments, CancellationToken cancellationToken)
        {
            var json = JsonSerializer.SerializeToElement(arguments.ToDictionary(p => p.Key, p => p.Value), AIJsonUtilities.DefaultOptions.GetTypeInfo(typeof(Dictionary<string, object?>)));
            var span = new RunTrace().Start(SpanKind.Function, tool.Name, null);
            return await tool.InvokeAsync(json, new ToolInvocationContext(services, span, "mcp-client"), cancellationToken);
        }
    }
}
