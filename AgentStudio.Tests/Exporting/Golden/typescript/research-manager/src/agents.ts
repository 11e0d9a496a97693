// AgentStudio export of revision 1 of the design "Research manager".
// Export again to update it, or edit it as your own code.
//
// Manager pattern: a manager agent calls a research agent and an analysis agent
// as tools and writes the final answer itself.

import { Agent, tool } from "@openai/agents";
import { z } from "zod";

// Manager pattern (agents as tools): the manager calls ResearchAgent and
// AnalysisAgent like functions, gets their results back and keeps control of
// the conversation. Good for tasks that need one coherent final answer.

export const webSearch = tool({
  name: "web_search",
  description: "Search the web for a query and return the top results",
  parameters: z.object({
    query: z.string().describe("What to search for"),
  }),
  // A mock: answers with the design's response, the arguments filled in.
  execute: async (input) =>
    `Top results for "${input.query}": 1) An overview article from a trade journal. 2) A recent industry report with figures. 3) A university study comparing approaches.`,
});

export const researchAgentOutput = z.object({
  topic: z.string(),
  key_facts: z.array(z.string()),
  sources: z.array(z.string()),
  confidence_score: z.number().min(0).max(1),
});

export const researchAgent = new Agent({
  name: "ResearchAgent",
  instructions:
    "You research one topic at a time. Use web_search to find current, reliable information and return your findings in the required structure: the topic, the key facts as short sentences, the sources you used, and a confidence score between 0 and 1. If the search fails or finds nothing, return an empty key_facts list and a low confidence score.",
  handoffDescription: "Gathers detailed research on a given topic",
  model: "gpt-4o",
  outputType: researchAgentOutput,
  tools: [webSearch],
});

export const analysisAgent = new Agent({
  name: "AnalysisAgent",
  instructions:
    "You analyse research findings. Identify trends, compare options and point out risks and open questions. Be concise and say how certain each conclusion is. If the findings you are given are incomplete, say which conclusions they cannot support.",
  handoffDescription: "Analyses research findings and draws conclusions",
  model: "gpt-4o",
});

export const managerAgent = new Agent({
  name: "ManagerAgent",
  instructions:
    "You are a research manager. Break the user's question into research and analysis steps. Call the research tool to gather facts on each topic, then call the analyze tool with the findings. Combine the results into one clear answer with a short summary, the key facts and the sources. If a tool fails or returns nothing useful, say what is missing instead of guessing.",
  handoffDescription:
    "Coordinates research and analysis to answer complex questions",
  model: "gpt-4o",
  modelSettings: {
    temperature: 0.3,
    parallelToolCalls: true,
  },
  tools: [
    researchAgent.asTool({
      toolName: "research",
      toolDescription: "Gather detailed research on a given topic",
    }),
    analysisAgent.asTool({
      toolName: "analyze",
      toolDescription: "Analyse research findings and draw conclusions",
    }),
  ],
});
