using System.Text.Json;
using AgentStudio.Core.Designs;

namespace AgentStudio.Core.Validation.Rules;

/// <summary>The parameter schema a design declares for a tool: mock and HTTP tools have one; others get theirs elsewhere.</summary>
internal static class DeclaredParameters
{
    /// <summary>The tool's declared JSON Schema of its arguments, or null when it declares none.</summary>
    public static JsonElement? Of(ToolDefinition tool) => tool switch
    {
        MockTool mock => mock.Parameters,
        HttpTool http => http.Parameters,
        _ => null,
    };
}
