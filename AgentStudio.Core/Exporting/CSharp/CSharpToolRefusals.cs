using AgentStudio.Core.Designs;
using AgentStudio.Core.Running.Tools.Builtin;

namespace AgentStudio.Core.Exporting.CSharp;

/// <summary>What in one tool the C# export cannot write: a missing URL or command, a method template, a secret name that cannot be an environment variable.</summary>
internal static class CSharpToolRefusals
{
    public static IEnumerable<ExportRefusal> Find(ToolDefinition tool) => tool switch
    {
        HttpTool http => Http(http),
        BuiltinTool builtin => Builtin(builtin),
        McpTool mcp => Mcp(mcp),
        _ => [],
    };

    private static IEnumerable<ExportRefusal> Http(HttpTool tool)
    {
        if (string.IsNullOrWhiteSpace(tool.Url))
        {
            yield return Refuse(tool, $"Tool {tool.Name} has no URL.");
        }

        if (ExportTemplate.Split(tool.Method ?? "").Any(p => p.Kind != TemplatePartKind.Literal))
        {
            yield return Refuse(tool, $"Tool {tool.Name}: its method is a template, which the C# export does not write; give it a fixed method such as POST.");
        }

        foreach (var refusal in Secrets(tool, [tool.Url ?? "", .. (tool.Headers ?? new Dictionary<string, string>()).Values, tool.Body ?? ""], arguments: true))
        {
            yield return refusal;
        }
    }

    private static IEnumerable<ExportRefusal> Builtin(BuiltinTool tool)
    {
        if (!BuiltinTools.Names.Contains(CSharpPlan.BuiltinName(tool), StringComparer.Ordinal))
        {
            yield return Refuse(tool, $"Tool {tool.Name} asks for the built-in '{CSharpPlan.BuiltinName(tool)}', which does not exist; the built-ins are {string.Join(", ", BuiltinTools.Names)}.");
        }
    }

    private static IEnumerable<ExportRefusal> Mcp(McpTool tool)
    {
        if (string.IsNullOrWhiteSpace(tool.Command) == string.IsNullOrWhiteSpace(tool.Url))
        {
            yield return Refuse(tool, $"MCP tool {tool.Name} needs exactly one of a command (stdio) or a URL (HTTP).");
        }

        var values = (tool.Environment ?? new Dictionary<string, string>()).Values.Concat((tool.Headers ?? new Dictionary<string, string>()).Values);
        foreach (var refusal in Secrets(tool, values, arguments: false))
        {
            yield return refusal;
        }
    }

    private static IEnumerable<ExportRefusal> Secrets(ToolDefinition tool, IEnumerable<string> values, bool arguments) =>
        SecretEnvironmentVariable.Referenced(values, arguments)
            .Where(name => !SecretEnvironmentVariable.IsValidName(name))
            .Select(name => Refuse(tool, $"Tool {tool.Name}: {SecretEnvironmentVariable.InvalidNameMessage(name)}."));

    private static ExportRefusal Refuse(ToolDefinition tool, string message) => new(tool.Id, tool.Name, message);
}
