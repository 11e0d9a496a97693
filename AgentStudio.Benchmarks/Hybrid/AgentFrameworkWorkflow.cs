using AgentStudio.Core.Designs;
using Microsoft.Agents.AI;
using Microsoft.Agents.AI.Workflows;
using Microsoft.Extensions.AI;

namespace AgentStudio.Benchmarks.Hybrid;

/// <summary>
/// Builds an Agent Framework handoff workflow from a design of agents, handoff edges and agent-as-tool edges, so
/// that its models see what AgentStudio's see: the same instructions, agent names, tool names and descriptions.
/// </summary>
internal static class AgentFrameworkWorkflow
{
    /// <exception cref="NotSupportedException">The design uses tools other than agents, which this translation does not build.</exception>
    public static Workflow Build(DesignDocument design, IChatClient client)
    {
        var agents = new Dictionary<string, ChatClientAgent>(StringComparer.Ordinal);
        foreach (var agent in design.Agents)
        {
            Agent(agent.Id, design, client, agents);
        }

        var entry = design.Entry ?? throw new NotSupportedException("The design has no entry agent.");
        var builder = AgentWorkflowBuilder.CreateHandoffBuilderWith(agents[entry]);
        foreach (var handoff in design.Edges.OfType<HandoffEdge>())
        {
            builder.WithHandoff(agents[handoff.From], agents[handoff.To], handoff.Description);
        }

        return builder.Build();
    }

    // Sub-agents first: an agent's tools are its sub-agents as functions.
    private static ChatClientAgent Agent(string id, DesignDocument design, IChatClient client, Dictionary<string, ChatClientAgent> built)
    {
        if (built.TryGetValue(id, out var existing))
        {
            return existing;
        }

        var definition = design.FindAgent(id) ?? throw new NotSupportedException($"'{id}' is not an agent; only agents can be tools here.");
        var tools = design.Edges.OfType<ToolEdge>().Where(e => e.From == id)
            .Select(e => (AITool)Agent(e.To, design, client, built).AsAIFunction(new AIFunctionFactoryOptions { Name = e.ToolName, Description = e.Description }))
            .ToList();
        var agent = new ChatClientAgent(client, definition.Instructions, definition.Name, definition.HandoffDescription, tools);
        built[id] = agent;
        return agent;
    }
}
