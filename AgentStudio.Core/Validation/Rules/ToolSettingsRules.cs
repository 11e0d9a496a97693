using AgentStudio.Core.Designs;

namespace AgentStudio.Core.Validation.Rules;

/// <summary>An http tool needs a URL; an mcp tool needs exactly one way to reach its server.</summary>
internal sealed class ToolSettingsRules : IDesignRule
{
    public void Check(ValidationContext context)
    {
        for (var i = 0; i < context.Design.Tools.Count; i++)
        {
            var path = ValidationContext.ToolPath(i);
            switch (context.Design.Tools[i])
            {
                case HttpTool http when string.IsNullOrWhiteSpace(http.Url):
                    context.Error(ProblemCodes.HttpToolWithoutUrl, $"HTTP tool {http.Name} ({http.Id}) has no URL to call.", $"{path}.url", http.Id);
                    break;
                case McpTool mcp when string.IsNullOrWhiteSpace(mcp.Command) == string.IsNullOrWhiteSpace(mcp.Url):
                    var problem = string.IsNullOrWhiteSpace(mcp.Command)
                        ? "has neither a command (a stdio server) nor a URL (an HTTP server)"
                        : "has both a command and a URL";
                    context.Error(ProblemCodes.McpTransport, $"MCP tool {mcp.Name} ({mcp.Id}) {problem}; give exactly one.", path, mcp.Id);
                    break;
            }
        }
    }
}
