// AgentStudio export of revision 7 of the design "Every tool".
// Export again to update it, or edit it as your own code.

using Microsoft.Agents.AI;
using Microsoft.Agents.AI.Workflows;
using Microsoft.Extensions.AI;

namespace EveryTool;

/// <summary>The agents of the design, each built on the chat client of its model.</summary>
internal sealed class EveryToolAgents
{
    public EveryToolAgents(ModelClients models, McpServers mcp)
    {
        FrontDesk = new ChatClientAgent(
            models.Get("gpt-4o"),
            new ChatClientAgentOptions
            {
                Id = "desk",
                Name = "Front Desk",
                ChatOptions = new ChatOptions
                {
                    Instructions = "Help the customer. Use the tools: look up orders, check the weather, tell the time, calculate, fetch pages, and read files.",
                    Tools =
                    [
                        FunctionTools.LookupOrder(),
                        FunctionTools.GetWeather(),
                        FunctionTools.CurrentTime(),
                        FunctionTools.Calculator("calc", "Arithmetic, exactly"),
                        FunctionTools.FetchPage(),
                        .. mcp.Files,
                    ],
                },
            });

        DocsAgent = new ChatClientAgent(
            models.Default,
            new ChatClientAgentOptions
            {
                Id = "docs-agent",
                Name = "DocsAgent",
                Description = "Answers questions about the product documentation",
                ChatOptions = new ChatOptions
                {
                    Instructions = "Answer from the documentation server.",
                    Tools =
                    [
                        .. mcp.DocsServer,
                    ],
                },
            });
    }

    /// <summary>The agent Front Desk.</summary>
    public ChatClientAgent FrontDesk { get; }

    /// <summary>The agent DocsAgent.</summary>
    public ChatClientAgent DocsAgent { get; }

    /// <summary>The agent a run starts with.</summary>
    public ChatClientAgent Entry => FrontDesk;

    /// <summary>The handoff workflow: a run starts with FrontDesk, and each agent may hand the conversation on.</summary>
    public Workflow BuildWorkflow()
    {
        // Agent Framework offers each agent its handoffs as tools named handoff_to_1, handoff_to_2, … (the Agents SDK
        // names them transfer_to_<agent>), with the design's descriptions, and turns parallel tool calls off for an
        // agent that has handoffs. The target sees the conversation without the handoff call and its output, and the
        // other agents' answers as user messages; the Agents SDK passes both on as they are.
        return AgentWorkflowBuilder.CreateHandoffBuilderWith(FrontDesk)
            .WithHandoff(FrontDesk, DocsAgent, "Handoff to the DocsAgent agent to handle the request. Answers questions about the product documentation")
            .Build();
    }
}
