// AgentStudio export of revision 1 of the design "Hybrid support".
// Export again to update it, or edit it as your own code.
//
// Both patterns: a triage agent hands off to billing and technical specialists,
// and each specialist calls smaller sub-agents as tools.

import {
  run,
  setDefaultOpenAIClient,
  setOpenAIAPI,
  setTracingDisabled,
} from "@openai/agents";
import OpenAI from "openai";
import { triageAgent } from "./agents.js";

// AgentStudio calls models through the Chat Completions API, so this runs
// against any OpenAI-compatible server as well: set OPENAI_BASE_URL.
setOpenAIAPI("chat_completions");

// Azure OpenAI when both of its variables are set: its v1 API takes the
// OpenAI client as it is, and the agents' models are your deployments.
const azureEndpoint = process.env.AZURE_OPENAI_ENDPOINT;
const azureKey = process.env.AZURE_OPENAI_API_KEY;
if (azureEndpoint && azureKey) {
  const baseURL = new URL("/openai/v1/", azureEndpoint).href;
  setDefaultOpenAIClient(new OpenAI({ apiKey: azureKey, baseURL }));
  // Traces go to OpenAI's platform, which an Azure key cannot reach.
  setTracingDisabled(true);
}

const input = process.argv.slice(2).join(" ");
if (!input) {
  console.error('Usage: npm start -- "<your message>"');
  process.exit(2);
}

const result = await run(triageAgent, input, { stream: true });
for await (const event of result) {
  if (event.type === "agent_updated_stream_event") {
    console.log(`\n[${event.agent.name}]`);
  } else if (
    event.type === "raw_model_stream_event" &&
    event.data.type === "output_text_delta"
  ) {
    process.stdout.write(event.data.delta);
  } else if (
    event.type === "run_item_stream_event" &&
    event.name === "tool_called" &&
    event.item.rawItem.type === "function_call"
  ) {
    const call = event.item.rawItem;
    console.log(`\n-> ${call.name}(${call.arguments})`);
  }
}
await result.completed;

const output = result.finalOutput;
console.log(`\n\nFinal output (${result.lastAgent?.name}):`);
console.log(
  typeof output === "string" ? output : JSON.stringify(output, null, 2),
);
