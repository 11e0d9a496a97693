using System.Text;
using AgentStudio.Core.Designs;

namespace AgentStudio.Core.Exporting.Python;

/// <summary>
/// Writes <c>agents_app.py</c>: the header and the design's notes as comments, the imports, the output models and
/// function tools, the MCP servers, then the agents, each defined after those it uses.
/// </summary>
internal static class PythonAgentsFile
{
    /// <summary>The file name.</summary>
    public const string FileName = "agents_app.py";

    private const string TextHelper = """
        def _text(value: object) -> str:
            # As AgentStudio fills a template: text as it is, other values as JSON, none as nothing.
            if value is None:
                return ""
            return value if isinstance(value, str) else json.dumps(value)

        """;

    private const string EscapeHelper = """
        def _escape(value: object) -> str:
            # Values in a URL are escaped, as AgentStudio does.
            return quote(_text(value), safe="")

        """;

    /// <summary>The module's text, or <see langword="null"/> when the context holds refusals.</summary>
    public static string? Write(PythonExportContext context)
    {
        var design = context.Design;
        var used = design.Edges.OfType<ToolEdge>().Select(e => e.To).ToHashSet(StringComparer.Ordinal);
        var servers = new List<string>();
        foreach (var tool in design.Tools.Where(t => used.Contains(t.Id)))
        {
            var variable = tool is McpTool ? context.Names.Snake(tool.Name, "_server") : context.Names.Exact(tool.Name);
            context.ToolVariables[tool.Id] = variable;
            var source = tool switch
            {
                MockTool mock => PythonMockTool.Write(context, mock, variable),
                HttpTool http => PythonHttpTool.Write(context, http, variable),
                BuiltinTool builtin => PythonBuiltinTool.Write(context, builtin, variable),
                McpTool mcp => PythonMcpServer.Write(context, mcp, variable),
                _ => Unknown(context, tool),
            };
            if (source is null)
            {
                continue;
            }

            if (tool is McpTool)
            {
                servers.Add(source);
                context.McpServers.Add(variable);
            }
            else
            {
                context.Definitions.Add(source);
            }
        }

        var agents = PythonAgents.Write(context);
        if (context.Refusals.Count > 0)
        {
            return null;
        }

        var blocks = new List<string>();
        if (context.UsesText || context.UsesEscape)
        {
            context.Imports.Module("json");
            blocks.Add(TextHelper.TrimEnd('\n') + "\n");
        }

        if (context.UsesEscape)
        {
            context.Imports.From("urllib.parse", "quote");
            blocks.Add(EscapeHelper.TrimEnd('\n') + "\n");
        }

        blocks.AddRange(context.Definitions);
        blocks.AddRange(servers);
        blocks.AddRange(agents);
        if (context.McpServers.Count > 0)
        {
            blocks.Add("# main.py connects these servers before the run and closes them after it.\n"
                + PythonCode.List(context.McpServers, 0, 0, "mcp_servers = ") + "\n");
        }

        var text = new StringBuilder();
        text.Append(PythonComments.Header(context.Source, design.Notes));
        text.Append('\n').Append(context.Imports.Render());
        foreach (var block in blocks)
        {
            text.Append("\n\n").Append(block);
        }

        return text.ToString();
    }

    private static string? Unknown(PythonExportContext context, ToolDefinition tool)
    {
        context.Refuse(tool.Id, tool.Name, $"Tool {tool.Name} is of kind {tool.Kind}, which the Python export does not know.");
        return null;
    }
}
