namespace AgentStudio.Core.Validation.Rules;

/// <summary>An agent no edge path reaches from the entry never runs.</summary>
internal sealed class ReachabilityRule : IDesignRule
{
    public void Check(ValidationContext context)
    {
        if (context.Design.Entry is not { } entry || !context.AgentIndex.ContainsKey(entry))
        {
            return;
        }

        var reached = new HashSet<string>(StringComparer.Ordinal) { entry };
        var queue = new Queue<string>([entry]);
        while (queue.TryDequeue(out var current))
        {
            foreach (var (_, edge) in context.OutgoingEdges(current))
            {
                if (context.AgentIndex.ContainsKey(edge.To) && reached.Add(edge.To))
                {
                    queue.Enqueue(edge.To);
                }
            }
        }

        for (var i = 0; i < context.Design.Agents.Count; i++)
        {
            var agent = context.Design.Agents[i];
            if (!reached.Contains(agent.Id))
            {
                context.Warning(ProblemCodes.UnreachableAgent,
                    $"{ValidationContext.Describe(agent)} is unreachable: no tool or handoff edge leads to it from the entry agent, so it never runs.",
                    ValidationContext.AgentPath(i), agent.Id);
            }
        }
    }
}
