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
const send = globalThis.fetch;
globalThis.fetch = (url, init) =>
  send(url, typeof init?.body === 'string' ? { ...init, body: zodShapedRequest(pythonShapedRequest(init.body, wire)) } : init);

/**
 * Where a zod schema makes the JS SDK's request differ from Python's (and from the JSON Schema run-design.mjs sends):
 * - the SDK's zod conversion adds `"$schema": "http://json-schema.org/draft-07/schema#"` to tool parameters and to
 *   the output schema; Python's pydantic-built and strict schemas have none;
 * - a zod output type is sent as `response_format.json_schema.name: "output"`; Python names it "final_output"
 *   (agent_output.py).
 */
function zodShapedRequest(body) {
  const request = JSON.parse(body);
  for (const entry of request.tools ?? []) {
    delete entry.function?.parameters?.$schema;
  }
  const format = request.response_format?.json_schema;
  if (format) {
    format.name = 'final_output';
    delete format.schema?.$schema;
  }
  return JSON.stringify(request);
}
