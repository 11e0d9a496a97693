// AgentStudio export of revision 7 of the design "Research manager".
// Export again to update it, or edit it as your own code.

using System.Text.Json;
using Microsoft.Agents.AI;
using Microsoft.Extensions.AI;

namespace ResearchManager;

// Note: Manager pattern (agents as tools): the manager calls ResearchAgent and AnalysisAgent like functions, gets
// their results back and keeps control of the conversation. Good for tasks that need one coherent final answer.

/// <summary>The agents of the design, each built on the chat client of its model.</summary>
internal sealed class ResearchManagerAgents
{
    public ResearchManagerAgents(ModelClients models)
    {
        ResearchAgent = new ChatClientAgent(
            models.Get("gpt-4o"),
            new ChatClientAgentOptions
            {
                Id = "research",
                Name = "ResearchAgent",
                Description = "Gathers detailed research on a given topic",
                ChatOptions = new ChatOptions
                {
                    Instructions = "You research one topic at a time. Use web_search to find current, reliable information and return your findings in the required structure: the topic, the key facts as short sentences, the sources you used, and a confidence score between 0 and 1. If the search fails or finds nothing, return an empty key_facts list and a low confidence score.",
                    ResponseFormat = ChatResponseFormat.ForJsonSchema(
                        JsonElement.Parse(
                            """
                            {
                              "type": "object",
                              "properties": {
                                "topic": {
                                  "type": "string"
                                },
                                "key_facts": {
                                  "type": "array",
                                  "items": {
                                    "type": "string"
                                  }
                                },
                                "sources": {
                                  "type": "array",
                                  "items": {
                                    "type": "string"
                                  }
                                },
                                "confidence_score": {
                                  "type": "number",
                                  "minimum": 0,
                                  "maximum": 1
                                }
                              },
                              "required": [
                                "topic",
                                "key_facts",
                                "sources",
                                "confidence_score"
                              ],
                              "additionalProperties": false
                            }
                            """),
                        "final_output"),
                    Tools =
                    [
                        FunctionTools.WebSearch(),
                    ],
                },
            });

        AnalysisAgent = new ChatClientAgent(
            models.Get("gpt-4o"),
            new ChatClientAgentOptions
            {
                Id = "analysis",
                Name = "AnalysisAgent",
                Description = "Analyses research findings and draws conclusions",
                ChatOptions = new ChatOptions
                {
                    Instructions = "You analyse research findings. Identify trends, compare options and point out risks and open questions. Be concise and say how certain each conclusion is. If the findings you are given are incomplete, say which conclusions they cannot support.",
                },
            });

        ManagerAgent = new ChatClientAgent(
            models.Get("gpt-4o"),
            new ChatClientAgentOptions
            {
                Id = "manager",
                Name = "ManagerAgent",
                Description = "Coordinates research and analysis to answer complex questions",
                ChatOptions = new ChatOptions
                {
                    Instructions = "You are a research manager. Break the user's question into research and analysis steps. Call the research tool to gather facts on each topic, then call the analyze tool with the findings. Combine the results into one clear answer with a short summary, the key facts and the sources. If a tool fails or returns nothing useful, say what is missing instead of guessing.",
                    Temperature = 0.3f,
                    AllowMultipleToolCalls = true,
                    Tools =
                    [
                        // As a tool, the agent starts with no history and gets the model's "query" argument (the Agents SDK's "input"); its answer comes back as a JSON string.
                        ResearchAgent.AsAIFunction(new AIFunctionFactoryOptions
                        {
                            Name = "research",
                            Description = "Gather detailed research on a given topic",
                        }),
                        // As a tool, the agent starts with no history and gets the model's "query" argument (the Agents SDK's "input"); its answer comes back as a JSON string.
                        AnalysisAgent.AsAIFunction(new AIFunctionFactoryOptions
                        {
                            Name = "analyze",
                            Description = "Analyse research findings and draw conclusions",
                        }),
                    ],
                },
            });
    }

    /// <summary>The agent ManagerAgent.</summary>
    public ChatClientAgent ManagerAgent { get; }

    /// <summary>The agent ResearchAgent.</summary>
    public ChatClientAgent ResearchAgent { get; }

    /// <summary>The agent AnalysisAgent.</summary>
    public ChatClientAgent AnalysisAgent { get; }

    /// <summary>The agent a run starts with.</summary>
    public ChatClientAgent Entry => ManagerAgent;
}
