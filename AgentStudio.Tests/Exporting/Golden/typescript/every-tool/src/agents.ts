// AgentStudio export of revision 1 of the design "Every feature "quoted" — déjà
// vu".
// Export again to update it, or edit it as your own code.
//
// Exercises every part of the Python export.

import {
  Agent,
  MCPServerStdio,
  MCPServerStreamableHttp,
  handoff,
  tool,
} from "@openai/agents";
import { removeAllTools } from "@openai/agents-core/extensions";
import { z } from "zod";
import { calculate } from "./calculator.js";
import {
  secret,
  escapeUrl,
  responseText,
  currentTime,
  httpGet,
} from "./tools.js";

// Front desk first.
// Orders second, with a very long line that has to be wrapped because it goes
// on and on past the eighty-eight columns black allows.

export const lookupOrder = tool({
  name: "lookup_order",
  description: "Look up an order by its number",
  parameters: z.object({
    order_id: z.string().describe("The order number"),
    verbose: z.boolean(),
  }),
  // A mock: answers with the design's response, the arguments filled in.
  execute: async (input) =>
    `Order ${input.order_id} shipped on 2026-11-02 {"verbose": ${JSON.stringify(input.verbose)}} \${secret:NOT_RESOLVED}`,
});

export const docsServer = new MCPServerStreamableHttp({
  name: "docs",
  url: "https://mcp.example.com/mcp",
  requestInit: {
    headers: {
      Authorization: `Bearer ${secret("DOCS_TOKEN")}`,
    },
  },
});

export const orderAgent = new Agent({
  name: "OrderAgent",
  instructions: "You handle orders. Call lookup_order, then answer.",
  handoffDescription: "Handles orders",
  model: "gpt-4o-mini",
  modelSettings: {
    toolChoice: "required",
  },
  toolUseBehavior: "stop_on_first_tool",
  tools: [lookupOrder],
  mcpServers: [docsServer],
});

export const summarizerAgentOutput = z.object({
  headline: z.string().describe("One line"),
  status: z.enum(["open", "closed"]),
  total: z.number().min(0),
  items: z.array(
    z.object({
      sku: z.string(),
      quantity: z.number().int(),
    }),
  ),
  note: z.string(),
  class: z.boolean(),
});

export const summarizerAgent = new Agent({
  name: "Summarizer",
  instructions: "Summarise the order history.",
  model: "gpt-4o-mini",
  outputType: summarizerAgentOutput,
});

export const currentTimeTool = tool({
  name: "current_time",
  description:
    "Returns the current date and time as an ISO 8601 timestamp, such as 2026-11-24T10:00:00+01:00. Use it whenever the answer depends on today's date or the time of day; do not guess them.",
  parameters: z.object({
    timezone: z
      .string()
      .describe(
        "IANA time zone id, such as Europe/Paris or America/New_York. Leave it out for UTC.",
      ),
  }),
  execute: (input) => currentTime(input.timezone),
});

export const calcTool = tool({
  name: "calc",
  description: "Arithmetic, exactly",
  parameters: z.object({
    expression: z
      .string()
      .describe(
        "The expression, such as (12.5 * 4 - 3) / 2 or sqrt(2) * 10^3.",
      ),
  }),
  execute: (input) => calculate(input.expression),
});

export const fetchPageTool = tool({
  name: "fetch_page",
  description:
    "Fetches a public web page or API endpoint with an HTTP GET request and returns the response body as text (long bodies are cut off). A status other than 2xx comes back as 'HTTP <status>' on the first line. Only http and https URLs of public servers can be fetched.",
  parameters: z.object({
    url: z
      .string()
      .describe(
        "The absolute http or https URL to fetch, such as https://example.com/page.",
      ),
  }),
  execute: (input) => httpGet(input.url),
});

export const getWeather = tool({
  name: "get-weather",
  description:
    "Get the weather for a city from the weather service, which answers in JSON with the temperature and the sky",
  parameters: z.object({
    city: z.string(),
    days: z.number().int(),
  }),
  execute: async (input) => {
    const response = await fetch(
      `https://api.example.com/weather?q=${escapeUrl(input.city)}&key=${escapeUrl(secret("WEATHER_KEY"))}`,
      {
        method: "POST",
        headers: {
          Authorization: `Bearer ${secret("WEATHER_TOKEN")}`,
          "X-Days": JSON.stringify(input.days),
          "Content-Type": "application/json; charset=utf-8",
        },
        body: `{"city": "${input.city}"}`,
        signal: AbortSignal.timeout(15_000),
      },
    );
    return responseText(response);
  },
});

export const filesServer = new MCPServerStdio({
  name: "files",
  command: "npx",
  args: ["-y", "@modelcontextprotocol/server-filesystem", "."],
  // Added to the variables the server inherits (PATH, HOME, …).
  env: {
    FS_TOKEN: secret("FS_TOKEN"),
    MODE: `read ${secret("FS_MODE")} only`,
  },
  toolFilter: {
    allowedToolNames: ["read_file", "list_directory"],
  },
});

export const frontDeskAgent = new Agent({
  name: "Front Desk",
  instructions:
    'Greet the customer.\nThen route them: "orders" go to OrderAgent, anything else you answer.\\ Use C:\\path when asked. Emoji: 🙂, tab:\tend.',
  handoffDescription: "Welcomes customers",
  model: "gpt-4o",
  modelSettings: {
    temperature: 0.7,
    topP: 0.9,
    maxTokens: 512,
    parallelToolCalls: false,
    toolChoice: "auto",
  },
  tools: [
    summarizerAgent.asTool({
      toolName: "summarize",
      toolDescription: "Summarise the history",
    }),
    currentTimeTool,
    calcTool,
    fetchPageTool,
    getWeather,
  ],
  handoffs: [
    handoff(orderAgent, {
      toolNameOverride: "transfer_to_orderagent",
      toolDescriptionOverride: "Order questions",
      // The specialist does not see the tool calls made so far.
      inputFilter: removeAllTools,
    }),
  ],
  mcpServers: [filesServer],
});

// The MCP servers, which main.ts connects before the run and closes after it.
export const mcpServers = [docsServer, filesServer];

// Set once every agent exists, because these agents refer to each other.
orderAgent.handoffs = [
  handoff(frontDeskAgent, {
    toolNameOverride: "back_to_front",
  }),
];
