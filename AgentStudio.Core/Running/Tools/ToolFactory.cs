using AgentStudio.Core.Designs;

namespace AgentStudio.Core.Running.Tools;

/// <summary>Builds the runnable tool for each tool definition of a design, by kind.</summary>
public class ToolFactory
{
    /// <summary>The factory that knows every kind the format defines.</summary>
    public static ToolFactory Default { get; } = new();

    /// <summary>Builds the tool <paramref name="definition"/> describes.</summary>
    /// <exception cref="NotSupportedException">The kind or the built-in's name is unknown.</exception>
    public virtual IAgentTool Create(ToolDefinition definition) => definition switch
    {
        MockTool mock => new MockResponseTool(mock),
        BuiltinTool builtin => Builtin.BuiltinTools.Create(builtin),
        HttpTool http => new HttpRequestTool(http),
        _ => throw new NotSupportedException($"Tool {definition.Name} has kind {definition.Kind}, which this version cannot run."),
    };

    /// <summary>Builds the set of tools an MCP server definition offers (listed when a run first needs them).</summary>
    /// <exception cref="ArgumentException">The definition is incomplete.</exception>
    public virtual IAgentToolSet CreateToolSet(McpTool definition) => new Mcp.McpToolSet(definition);
}
