// Builds an AgentStudio design with the OpenAI Agents SDK for JavaScript (@openai/agents), the way a user would deploy
// it, runs it against an OpenAI-compatible Chat Completions server, and prints each outcome as one line of JSON:
//   {"case": "<name>", "finalOutput": <text or JSON value>, "lastAgent": "<name>"}
//   or {"case": "<name>", "error": {"kind": "<class>", "message": "..."}}
//
// Usage: node run-design.mjs <cases.json>, where cases.json is
//   {"cases": [{"name": "...", "baseUrl": "http://127.0.0.1:PORT/v1", "input": "user text", "design": <design>}]}
// Agents, mock tools (parameters + response template), handoff edges (description, toolName, historyFilter) and tool
// edges to tools or to agents are supported; other tool kinds are refused. Where the JS SDK's request differs from
// the Python SDK's (the SDK AgentStudio follows), python-conventions.mjs says how and this script sends Python's.
import { readFile } from 'node:fs/promises';
import OpenAI from 'openai';
import {
  Agent,
  OpenAIChatCompletionsModel,
  handoff,
  run,
  setTracingDisabled,
  tool,
} from '@openai/agents';
import { removeAllTools } from '@openai/agents-core/extensions';
import {
  defaultHandoffToolDescription,
  defaultHandoffToolName,
  ensureStrictJsonSchema,
  functionStyleName,
  pythonShapedRequest,
} from './python-conventions.mjs';

const casesPath = process.argv[2];
if (!casesPath) {
  console.error('usage: node run-design.mjs <cases.json>');
  process.exit(2);
}

const { cases } = JSON.parse(await readFile(casesPath, 'utf8'));
setTracingDisabled(true);
// Each case has its own server, so the cases run side by side; each prints its own line.
await Promise.all(cases.map(async (entry) => console.log(JSON.stringify({ case: entry.name, ...(await runCase(entry)) }))));
// The client keeps idle connections open; the outcome is printed, so nothing is left to wait for.
process.exit(0);

async function runCase({ baseUrl, input, design }) {
  // What the Python-shaping of each request needs to know: which tools are agents used as tools, which are handoffs.
  const wire = { agentToolNames: new Set(), handoffToolNames: new Set() };
  const client = new OpenAI({
    apiKey: 'sk-differential-test',
    baseURL: baseUrl,
    maxRetries: 0,
    fetch: (url, init) => fetch(url, { ...init, body: pythonShapedRequest(init.body, wire) }),
  });
  try {
    const agents = new Map(design.agents.map((a) => [a.id, buildAgent(a, client)]));
    const tools = new Map((design.tools ?? []).map((t) => [t.id, t]));
    for (const edge of design.edges ?? []) {
      const from = agents.get(edge.from);
      if (edge.kind === 'handoff') {
        const target = agents.get(edge.to);
        const toolName = edge.toolName || defaultHandoffToolName(target.name);
        wire.handoffToolNames.add(toolName);
        from.handoffs.push(buildHandoff(edge, toolName, target, design.agents.find((a) => a.id === edge.to)));
      } else if (agents.has(edge.to)) {
        const name = edge.toolName || functionStyleName(agents.get(edge.to).name);
        wire.agentToolNames.add(name);
        // Python's as_tool sends `tool_description or ""` (agent.py): no description is invented for a bare edge.
        from.tools.push(agents.get(edge.to).asTool({ toolName: name, toolDescription: edge.description ?? '' }));
      } else {
        from.tools.push(buildMockTool(tools.get(edge.to), edge));
      }
    }

    const result = await run(agents.get(design.entry), input, { stream: true });
    await result.completed;
    if (result.error) {
      throw result.error;
    }
    return { finalOutput: result.finalOutput ?? null, lastAgent: result.lastAgent?.name ?? null };
  } catch (error) {
    return { error: { kind: error?.constructor?.name ?? 'Error', message: String(error?.message ?? error) } };
  }
}

function buildAgent(definition, client) {
  const settings = definition.modelSettings ?? {};
  return new Agent({
    name: definition.name,
    instructions: definition.instructions ?? '',
    handoffDescription: definition.handoffDescription ?? '',
    model: new OpenAIChatCompletionsModel(client, definition.model),
    modelSettings: {
      temperature: settings.temperature,
      topP: settings.topP,
      maxTokens: settings.maxOutputTokens,
      parallelToolCalls: settings.parallelToolCalls,
      toolChoice: settings.toolChoice,
    },
    toolUseBehavior: definition.toolUseBehavior ?? 'run_llm_again',
    // Python sends the agent's output type as {"name": "final_output", "strict": true, "schema": <strict form>}
    // (models/chatcmpl_converter.py convert_response_format, agent_output.py).
    outputType: definition.outputSchema
      ? { type: 'json_schema', name: 'final_output', strict: true, schema: ensureStrictJsonSchema(definition.outputSchema) }
      : 'text',
    handoffs: [],
    tools: [],
  });
}

function buildHandoff(edge, toolName, target, targetDefinition) {
  return handoff(target, {
    toolNameOverride: toolName,
    toolDescriptionOverride: edge.description || defaultHandoffToolDescription(target.name, targetDefinition.handoffDescription),
    inputFilter: edge.historyFilter === 'no_tools' ? removeAllTools : undefined,
  });
}

function buildMockTool(definition, edge) {
  if (definition?.kind !== 'mock') {
    throw new Error(`Only mock tools are supported here, not ${definition?.kind} (${edge.to})`);
  }
  return tool({
    name: edge.toolName || definition.name,
    description: edge.description ?? definition.description ?? '',
    // Python's FunctionTool with strict_json_schema=True sends the schema in strict form (strict_schema.py).
    parameters: ensureStrictJsonSchema(definition.parameters ?? {}),
    strict: true,
    execute: async (args) => fillTemplate(definition.response ?? '', args),
  });
}

// AgentStudio's mock response template: {{name}} or {{a.b}} becomes the argument (strings raw, other values as JSON,
// missing ones empty).
function fillTemplate(template, args) {
  return template.replace(/\{\{([A-Za-z0-9_.]+)\}\}/g, (_, path) => {
    const value = path.split('.').reduce((node, key) => (node == null ? undefined : node[key]), args);
    if (value === undefined || value === null) {
      return value === null ? 'null' : '';
    }
    return typeof value === 'string' ? value : JSON.stringify(value);
  });
}
