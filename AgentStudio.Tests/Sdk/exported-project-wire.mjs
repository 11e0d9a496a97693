// Loaded with `node --import` into a TypeScript project that AgentStudio exported (AgentStudio.Tests/Exporting/
// TypeScript): every request the project sends is shaped to what the Python SDK would send, as run-design.mjs does for
// its own designs, so that it compares with AgentStudio's. The project itself stays as a user gets it.
// AGENTSTUDIO_WIRE_NAMES = {"handoffToolNames": [...], "agentToolNames": [...]} says which tools are which.
import { pythonShapedRequest } from './python-conventions.mjs';

const names = JSON.parse(process.env.AGENTSTUDIO_WIRE_NAMES ?? '{}');
const wire = {
  agentToolNames: new Set(names.agentToolNames ?? []),
  handoffToolNames: new Set(names.handoffToolNames ?? []),
};
// Only the model server's requests: the project's HTTP tools send theirs as they are.
const modelServer = process.env.OPENAI_BASE_URL ?? '';
const send = globalThis.fetch;
globalThis.fetch = (url, init) =>
  send(url, String(url).startsWith(modelServer) && typeof init?.body === 'string'
    ? { ...init, body: zodShapedRequest(pythonShapedRequest(init.body, wire)) }
    : init);

/**
 * Where a zod schema makes the JS SDK's request differ from Python's (and from the JSON Schema run-design.mjs sends):
 * - the SDK's zod conversion adds `"$schema": "http://json-schema.org/draft-07/schema#"` to tool parameters and to
 *   the output schema; Python's pydantic-built and strict schemas have none;
 * - a zod output type is sent as `response_format.json_schema.name: "output"`; Python names it "final_output"
 *   (agent_output.py);
 * - zod's `.int()` bounds every integer by ±Number.MAX_SAFE_INTEGER, which the design's JSON Schema does not say.
 */
function zodShapedRequest(body) {
  const request = JSON.parse(body);
  for (const entry of request.tools ?? []) {
    delete entry.function?.parameters?.$schema;
    withoutSafeIntegerBounds(entry.function?.parameters);
  }
  const format = request.response_format?.json_schema;
  if (format) {
    format.name = 'final_output';
    delete format.schema?.$schema;
    withoutSafeIntegerBounds(format.schema);
  }
  return JSON.stringify(request);
}

function withoutSafeIntegerBounds(schema) {
  if (schema === null || typeof schema !== 'object') {
    return;
  }
  if (schema.type === 'integer') {
    if (schema.minimum === -Number.MAX_SAFE_INTEGER) delete schema.minimum;
    if (schema.maximum === Number.MAX_SAFE_INTEGER) delete schema.maximum;
  }
  for (const value of Object.values(schema)) {
    withoutSafeIntegerBounds(value);
  }
}
