using AgentStudio.Core.Designs;

namespace AgentStudio.Core.Exporting.CSharp;

/// <summary>What in a design the C# export cannot write, each with the element concerned and why.</summary>
internal static class CSharpRefusals
{
    public static IReadOnlyList<ExportRefusal> Find(DesignDocument design)
    {
        var refusals = new List<ExportRefusal>();
        if (design.Agents.Count == 0)
        {
            refusals.Add(new ExportRefusal(null, design.Name, "The design has no agents, so there is nothing to run."));
        }

        foreach (var tool in design.Tools.Where(t => design.Edges.OfType<ToolEdge>().Any(e => e.To == t.Id)))
        {
            refusals.AddRange(CSharpToolRefusals.Find(tool));
        }

        // Agent Framework ends an agent's tool loop when a function sets Terminate, but only a run of the entry agent alone
        // hands the tool's output back: a handoff workflow and an agent called as a tool give the agent's last message.
        var entry = design.FindAgent(design.Entry ?? "") ?? design.Agents.FirstOrDefault();
        var hasHandoffs = design.Edges.OfType<HandoffEdge>().Any();
        foreach (var agent in design.Agents.Where(a => a.ToolUseBehavior == ToolUseBehavior.StopOnFirstTool && (hasHandoffs || a != entry)))
        {
            refusals.Add(new ExportRefusal(agent.Id, agent.Name, hasHandoffs
                ? $"Agent {agent.Name} stops on its first tool's output, which the C# export writes only for designs without handoffs: Agent Framework's handoff workflow ends with the last agent's message, not a tool's output."
                : $"Agent {agent.Name} stops on its first tool's output, which the C# export writes only for the agent a run starts with: Agent Framework gives an agent called as a tool the agent's last message, not a tool's output."));
        }

        // Agent Framework filters tool calls for the whole handoff workflow, not per handoff.
        var handoffs = design.Edges.OfType<HandoffEdge>().ToList();
        var noTools = handoffs.Where(h => h.HistoryFilter == HistoryFilter.NoTools).ToList();
        if (noTools.Count > 0 && noTools.Count < handoffs.Count)
        {
            foreach (var edge in noTools)
            {
                var name = ToolNaming.EffectiveName(design, edge) ?? edge.Id;
                refusals.Add(new ExportRefusal(edge.Id, name,
                    $"Handoff {name} removes tool calls from the history but other handoffs keep them; Agent Framework filters the history of every handoff of a workflow alike, so set the same history filter on all of them."));
            }
        }

        return refusals;
    }
}
