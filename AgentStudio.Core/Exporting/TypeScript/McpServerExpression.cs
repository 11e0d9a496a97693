using AgentStudio.Core.Designs;

namespace AgentStudio.Core.Exporting.TypeScript;

/// <summary>
/// An MCP tool as the SDK's server object: <c>MCPServerStdio</c> for a command, <c>MCPServerStreamableHttp</c> for a
/// URL, with the design's allowed tools as a static tool filter and secrets in the environment and headers read from
/// environment variables. <c>main.ts</c> connects the servers before the run and closes them after.
/// </summary>
internal static class McpServerExpression
{
    /// <summary>The server's expression, or <see langword="null"/> after a refusal.</summary>
    public static TsNode? Of(TsToolContext context, McpTool tool)
    {
        var isStdio = !string.IsNullOrWhiteSpace(tool.Command);
        if (isStdio == !string.IsNullOrWhiteSpace(tool.Url))
        {
            context.Refuse(tool, $"MCP tool {tool.Name} needs exactly one of a command (stdio) or a URL (HTTP).");
            return null;
        }

        var options = new List<TsProperty> { new("name", new TsString(tool.Name)) };
        if (isStdio)
        {
            options.Add(new("command", new TsString(tool.Command!)));
            if (tool.Arguments is { Count: > 0 } arguments)
            {
                options.Add(new("args", new TsArray([.. arguments.Select(a => new TsString(a))])));
            }

            if (tool.Environment is { Count: > 0 } environment)
            {
                options.Add(new("env", Entries(context, tool, environment), ["Added to the variables the server inherits (PATH, HOME, …)."]));
            }
        }
        else
        {
            options.Add(new("url", new TsString(tool.Url!)));
            if (tool.Headers is { Count: > 0 } headers)
            {
                options.Add(new("requestInit", new TsObject([new("headers", Entries(context, tool, headers))])));
            }
        }

        if (tool.AllowedTools is { Count: > 0 } allowed)
        {
            options.Add(new("toolFilter", new TsObject([new("allowedToolNames", new TsArray([.. allowed.Select(a => new TsString(a))]))])));
        }

        var serverClass = isStdio ? "MCPServerStdio" : "MCPServerStreamableHttp";
        context.Imports.Add(serverClass);
        return new TsCall("new " + serverClass, [new TsObject(options)]);
    }

    // Values are text with ${secret:NAME} references; {{…}} stays literal, as the studio reads MCP settings.
    private static TsObject Entries(TsToolContext context, McpTool tool, IReadOnlyDictionary<string, string> values) =>
        new([.. values.Select(v => new TsProperty(TsNames.PropertyKey(v.Key),
            TsTemplate.Of(ExportTemplate.Split(v.Value, arguments: false), _ => null, secret => context.Secret(tool, secret))))]);
}
