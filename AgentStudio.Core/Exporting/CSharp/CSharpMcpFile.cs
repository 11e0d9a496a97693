using AgentStudio.Core.Designs;

namespace AgentStudio.Core.Exporting.CSharp;

/// <summary>
/// Writes <c>McpServers.cs</c>: connects to each MCP server of the design with the ModelContextProtocol client (stdio
/// for a command, HTTP for a URL), lists its tools, keeps those the design allows, and closes the connections when disposed.
/// </summary>
internal static class CSharpMcpFile
{
    private static readonly IReadOnlyDictionary<string, string> None = new Dictionary<string, string>();

    public static GeneratedFile Write(CSharpPlan plan)
    {
        var w = new CSharpWriter();
        w.Comment(ExportHeader.Lines(plan.Source)).Line();
        w.Line("using Microsoft.Extensions.AI;");
        w.Line("using ModelContextProtocol.Client;").Line();
        w.Line($"namespace {plan.ProjectName};").Line();
        w.Line("/// <summary>The design's MCP servers, connected, with the tools each offers the agents.</summary>");
        w.Line("internal sealed class McpServers : IAsyncDisposable");
        w.Open();
        w.Line("private readonly List<McpClient> _clients = [];");
        foreach (var tool in plan.McpTools)
        {
            w.Line();
            w.Line($"/// <summary>The tools of the MCP server {CSharpToolsFile.XmlText(tool.Name)}.</summary>");
            w.Line($"public IReadOnlyList<AITool> {plan.McpProperties[tool.Id]} {{ get; private set; }} = [];");
        }

        w.Line();
        w.Line("/// <summary>Connects to every server and lists its tools; a server that cannot be reached fails the start.</summary>");
        w.Line("public static async Task<McpServers> ConnectAsync(CancellationToken cancellationToken = default)");
        w.Open();
        w.Line("var servers = new McpServers();");
        w.Line("try");
        w.Open();
        foreach (var tool in plan.McpTools)
        {
            WriteServer(w, plan, tool);
        }

        w.Line("return servers;");
        w.Close();
        w.Line("catch");
        w.Open();
        w.Line("await servers.DisposeAsync();");
        w.Line("throw;");
        w.Close();
        w.Close();
        w.Line();
        w.Line("/// <summary>Closes the connections and stops the servers this program started.</summary>");
        w.Line("public async ValueTask DisposeAsync()");
        w.Open();
        w.Line("foreach (var client in _clients)");
        w.Open();
        w.Line("await client.DisposeAsync();");
        w.Close();
        w.Close();
        w.Line();
        w.Comment([
            "The tools come to the agent as the server describes them. AgentStudio gives the model the text of a tool's",
            "result; here Agent Framework passes the whole MCP result to the model as JSON.",
        ]);
        w.Line("private async Task<IReadOnlyList<AITool>> ToolsAsync(IClientTransport transport, string[]? allowed, CancellationToken cancellationToken)");
        w.Open();
        w.Line("var client = await McpClient.CreateAsync(transport, cancellationToken: cancellationToken);");
        w.Line("_clients.Add(client);");
        w.Line("var tools = await client.ListToolsAsync(cancellationToken: cancellationToken);");
        w.Line("return [.. tools.Where(t => allowed is null || allowed.Contains(t.Name))];");
        w.Close();
        w.Close();
        return new GeneratedFile("McpServers.cs", w.ToString(), "csharp");
    }

    private static void WriteServer(CSharpWriter w, CSharpPlan plan, McpTool tool)
    {
        var allowed = tool.AllowedTools is { Count: > 0 } names ? "[" + string.Join(", ", names.Select(CSharpLiterals.String)) + "]" : "null";
        w.Line($"servers.{plan.McpProperties[tool.Id]} = await servers.ToolsAsync(");
        w.Indent();
        if (!string.IsNullOrWhiteSpace(tool.Command))
        {
            w.Line("new StdioClientTransport(new StdioClientTransportOptions");
            w.Open();
            w.Line($"Name = {CSharpLiterals.String(tool.Name)},");
            w.Line($"Command = {CSharpLiterals.String(tool.Command)},");
            if (tool.Arguments is { Count: > 0 } arguments)
            {
                w.Line($"Arguments = [{string.Join(", ", arguments.Select(CSharpLiterals.String))}],");
            }

            if (tool.Environment is { Count: > 0 } environment)
            {
                w.Line("// The server also inherits this program's environment; AgentStudio gives it only the platform's basic variables and these.");
                Dictionary(w, "EnvironmentVariables = new Dictionary<string, string?>", environment);
            }

            w.Close("}),");
        }
        else
        {
            w.Line("new HttpClientTransport(new HttpClientTransportOptions");
            w.Open();
            w.Line($"Name = {CSharpLiterals.String(tool.Name)},");
            w.Line($"Endpoint = new Uri({CSharpLiterals.String(tool.Url!.Trim())}),");
            if (tool.Headers is { Count: > 0 } headers)
            {
                Dictionary(w, "AdditionalHeaders = new Dictionary<string, string>", headers);
            }

            w.Close("}),");
        }

        w.Line($"{allowed},");
        w.Line("cancellationToken);");
        w.Dedent();
    }

    private static void Dictionary(CSharpWriter w, string start, IReadOnlyDictionary<string, string> values)
    {
        w.Line(start);
        w.Open();
        foreach (var (name, value) in values ?? None)
        {
            w.Line($"[{CSharpLiterals.String(name)}] = {CSharpHttpTool.Interpolated(ExportTemplate.Split(value, arguments: false), None, inUrl: false)},");
        }

        w.Close("},");
    }
}
