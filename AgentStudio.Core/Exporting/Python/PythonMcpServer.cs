using AgentStudio.Core.Designs;

namespace AgentStudio.Core.Exporting.Python;

/// <summary>
/// An MCP tool as the SDK's server object: <c>MCPServerStdio</c> for a command, <c>MCPServerStreamableHttp</c> for a
/// URL, with the design's allowed tools as a static tool filter and secrets in the environment and headers read from
/// environment variables.
/// </summary>
internal static class PythonMcpServer
{
    /// <summary>The server's assignment, or <see langword="null"/> after a refusal.</summary>
    public static string? Write(PythonExportContext context, McpTool tool, string variable)
    {
        var isStdio = !string.IsNullOrWhiteSpace(tool.Command);
        if (isStdio == !string.IsNullOrWhiteSpace(tool.Url))
        {
            context.Refuse(tool.Id, tool.Name, $"MCP tool {tool.Name} needs exactly one of a command (stdio) or a URL (HTTP).");
            return null;
        }

        const int paramsColumn = 8;
        var parameters = new List<string>();
        if (isStdio)
        {
            parameters.Add($"\"command\": {PythonString.Literal(tool.Command!)}");
            if (tool.Arguments is { Count: > 0 } arguments)
            {
                parameters.Add(PythonCode.List([.. arguments.Select(PythonString.Literal)], paramsColumn, 1, "\"args\": "));
            }

            var environment = Entries(context, tool, tool.Environment);
            if (environment is null)
            {
                return null;
            }

            if (environment.Count > 0)
            {
                parameters.Add(PythonCode.Dict(environment, paramsColumn, 1, "\"env\": "));
            }
        }
        else
        {
            parameters.Add($"\"url\": {PythonString.Literal(tool.Url!)}");
            var headers = Entries(context, tool, tool.Headers);
            if (headers is null)
            {
                return null;
            }

            if (headers.Count > 0)
            {
                parameters.Add(PythonCode.Dict(headers, paramsColumn, 1, "\"headers\": "));
            }
        }

        var serverClass = isStdio ? "MCPServerStdio" : "MCPServerStreamableHttp";
        context.Imports.From("agents.mcp", serverClass);
        var settings = new List<string>
        {
            "name=" + PythonString.Literal(tool.Name),
            PythonCode.Dict(parameters, PythonCode.Indent.Length, 1, "params="),
        };
        if (tool.AllowedTools is { Count: > 0 } allowed)
        {
            context.Imports.From("agents.mcp", "create_static_tool_filter");
            var names = PythonCode.List([.. allowed.Select(PythonString.Literal)], paramsColumn, 1, "allowed_tool_names=");
            settings.Add(PythonCode.Call("tool_filter=create_static_tool_filter", [names], PythonCode.Indent.Length, 1));
        }

        return PythonCode.Call($"{variable} = {serverClass}", settings, 0, explode: true) + "\n";
    }

    // Each value is text with ${secret:NAME} references; a reference is os.environ["NAME"], joined to the text with +.
    private static List<string>? Entries(PythonExportContext context, McpTool tool, IReadOnlyDictionary<string, string>? values)
    {
        var entries = new List<string>();
        foreach (var (name, value) in values ?? new Dictionary<string, string>())
        {
            var terms = new List<string>();
            foreach (var part in ExportTemplate.Split(value, arguments: false))
            {
                if (part.Kind == TemplatePartKind.Secret)
                {
                    var expression = context.SecretExpression(part.Text, tool.Id, $"MCP tool {tool.Name}");
                    if (expression is null)
                    {
                        return null;
                    }

                    terms.Add(expression);
                }
                else
                {
                    terms.Add(PythonString.Literal(part.Text));
                }
            }

            entries.Add($"{PythonString.Literal(name)}: {(terms.Count == 0 ? "\"\"" : string.Join(" + ", terms))}");
        }

        return entries;
    }
}
