using AgentStudio.Core.Running.Tools;

namespace AgentStudio.Core.Running.Compilation;

/// <summary>A tool an agent can call, with the design ids of the edge that gives it and of the node it stands for.</summary>
/// <param name="Tool">The runnable tool, under the name the model sees.</param>
/// <param name="EdgeId">The id of the design's tool edge from the agent to <paramref name="ToolId"/>.</param>
/// <param name="ToolId">
/// The id of the design node the call reaches: the tool's (for an MCP server, the server's, whichever of its tools is
/// called), or the agent's for an agent used as a tool.
/// </param>
public sealed record ToolRoute(IAgentTool Tool, string EdgeId, string ToolId);
