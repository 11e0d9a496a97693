using AgentStudio.Core.Designs;

namespace AgentStudio.Core.Validation.Rules;

/// <summary>Edges join existing nodes of the right kinds: agents call tools or agents, and hand off only to other agents.</summary>
internal sealed class EdgeEndsRule : IDesignRule
{
    public void Check(ValidationContext context)
    {
        for (var i = 0; i < context.Design.Edges.Count; i++)
        {
            var edge = context.Design.Edges[i];
            var path = ValidationContext.EdgePath(i);
            var kind = edge is HandoffEdge ? "Handoff edge" : "Tool edge";
            var fromKnown = IsKnown(context, edge.From);
            var toKnown = IsKnown(context, edge.To);
            if (!fromKnown)
            {
                context.Error(ProblemCodes.UnknownEdgeEnd, $"{kind} '{edge.Id}' starts at '{edge.From}', which is no agent or tool of this design.", $"{path}.from", edge.Id);
            }

            if (!toKnown)
            {
                context.Error(ProblemCodes.UnknownEdgeEnd, $"{kind} '{edge.Id}' goes to '{edge.To}', which is no agent or tool of this design.", $"{path}.to", edge.Id);
            }

            if (fromKnown && context.Agent(edge.From) is null)
            {
                context.Error(ProblemCodes.EdgeFromNonAgent, $"{context.Describe(edge)} starts at a {(context.NoteIds.Contains(edge.From) ? "note" : "tool")}; only agents call tools or hand off.", $"{path}.from", edge.Id);
            }

            if (toKnown && context.Agent(edge.To) is null && (edge is HandoffEdge || context.NoteIds.Contains(edge.To)))
            {
                var target = context.NoteIds.Contains(edge.To) ? "a note" : "a tool";
                var fix = edge is HandoffEdge ? "a handoff transfers the conversation to another agent; connect the tool with a tool edge instead" : "notes take no part in a run";
                context.Error(ProblemCodes.EdgeTargetWrongKind, $"{context.Describe(edge)} goes to {target}: {fix}.", $"{path}.to", edge.Id);
            }

            if (edge.From == edge.To)
            {
                var what = edge is HandoffEdge ? "hands off to itself" : "calls itself as a tool";
                context.Error(ProblemCodes.SelfEdge, $"{context.Describe(edge)} {what}; connect it to another agent.", $"{path}.to", edge.Id);
            }
        }
    }

    private static bool IsKnown(ValidationContext context, string id) =>
        context.AgentIndex.ContainsKey(id) || context.ToolIndex.ContainsKey(id) || context.NoteIds.Contains(id);
}
