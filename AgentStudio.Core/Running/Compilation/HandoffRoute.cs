using AgentStudio.Core.Designs;

namespace AgentStudio.Core.Running.Compilation;

/// <summary>A handoff an agent can take, offered to its model as a tool without parameters.</summary>
/// <param name="ToolName">The tool name (<c>transfer_to_</c> + the target's transformed name, unless the edge overrides it).</param>
/// <param name="Description">What the model is told about when to take it.</param>
/// <param name="Target">The agent that answers from then on.</param>
/// <param name="HistoryFilter">What of the history the target sees.</param>
/// <param name="EdgeId">The id of the design's handoff edge this route was compiled from.</param>
public sealed record HandoffRoute(string ToolName, string Description, CompiledAgent Target, HistoryFilter HistoryFilter, string EdgeId);
