// What the Python Agents SDK (openai-agents 0.22) does where the JavaScript SDK does something else, written out so
// that a design built here with @openai/agents produces the requests the Python SDK would send. Each function names
// the Python source it follows (github.com/openai/openai-agents-python, src/agents/...).

/**
 * Python's `transform_string_function_style` (util/_transforms.py): whitespace and every character outside
 * [a-zA-Z0-9_] become `_`, then the whole name is lower-cased. The JS SDK's `toFunctionToolName` keeps the case,
 * so `BillingAgent` would be `transfer_to_BillingAgent` there and `transfer_to_billingagent` in Python.
 */
export function functionStyleName(name) {
  return name.replace(/\s/g, '_').replace(/[^a-zA-Z0-9_]/g, '_').toLowerCase();
}

/** Python's `Handoff.default_tool_name` (handoffs/__init__.py). */
export function defaultHandoffToolName(agentName) {
  return functionStyleName(`transfer_to_${agentName}`);
}

/**
 * Python's `Handoff.default_tool_description` (handoffs/__init__.py), exactly: with no handoff description the text
 * keeps its trailing space.
 */
export function defaultHandoffToolDescription(agentName, handoffDescription) {
  return `Handoff to the ${agentName} agent to handle the request. ${handoffDescription ?? ''}`;
}

/**
 * The parameters of an agent used as a tool in Python: `Agent.as_tool` (agent.py) builds them from the pydantic
 * model `AgentAsToolInput` and passes them through `ensure_strict_json_schema`. The JS SDK sends a zod schema without
 * the title and the description.
 */
export const agentAsToolParameters = Object.freeze({
  description: 'Default input schema for agent-as-tool calls.',
  properties: { input: { title: 'Input', type: 'string' } },
  required: ['input'],
  title: 'AgentAsToolInput',
  type: 'object',
  additionalProperties: false,
});

/**
 * Python's `ensure_strict_json_schema` (strict_schema.py) for the schemas a design holds: every object gets
 * `additionalProperties: false` when it does not say otherwise, every property is listed in `required` (an optional
 * parameter becomes required), `oneOf` becomes `anyOf`, `default: null` is dropped,
 * and the walk goes into properties, items, anyOf, $defs and definitions (allOf and $ref are refused). Keywords such as minimum/maximum are
 * kept as they are. Returns a new schema; the input is not changed.
 */
export function ensureStrictJsonSchema(schema) {
  const copy = structuredClone(schema ?? {});
  if (Object.keys(copy).length === 0) {
    // strict_schema.py: `if json_schema == {}: return _EMPTY_SCHEMA`.
    return { additionalProperties: false, type: 'object', properties: {}, required: [] };
  }
  return strict(copy);
}

function strict(node) {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) {
    throw new TypeError(`Expected a JSON schema object, got ${JSON.stringify(node)}`);
  }
  for (const key of ['$defs', 'definitions']) {
    if (isObject(node[key])) {
      for (const name of Object.keys(node[key])) {
        node[key][name] = strict(node[key][name]);
      }
    }
  }
  if (node.type === undefined && isObject(node.properties)) {
    node.type = 'object';
  }
  const isObjectType = node.type === 'object' || (Array.isArray(node.type) && node.type.includes('object'));
  if (isObjectType && !('additionalProperties' in node)) {
    node.additionalProperties = false;
  } else if (isObjectType && node.additionalProperties !== false) {
    throw new Error('additionalProperties should not be set for object types (strict_schema.py refuses it)');
  }
  if (isObject(node.properties)) {
    node.required = Object.keys(node.properties);
    for (const name of Object.keys(node.properties)) {
      node.properties[name] = strict(node.properties[name]);
    }
  }
  if (isObject(node.items)) {
    node.items = strict(node.items);
  }
  if (Array.isArray(node.anyOf)) {
    node.anyOf = node.anyOf.map(strict);
  }
  if (Array.isArray(node.oneOf)) {
    node.anyOf = [...(Array.isArray(node.anyOf) ? node.anyOf : []), ...node.oneOf.map(strict)];
    delete node.oneOf;
  }
  if ('allOf' in node || '$ref' in node) {
    // strict_schema.py merges single-entry allOf and unravels $ref with siblings; no design in our tests uses them,
    // so this port refuses them rather than approximate.
    throw new Error('allOf and $ref are not handled by this port of ensure_strict_json_schema');
  }
  if (node.default === null) {
    delete node.default;
  }
  return node;
}

function isObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * The request body the Python SDK would send where the JS SDK's differs (a pass-through for anything else):
 * - Handoff tools carry `"strict": true` (Python: `Handoff.strict_json_schema` defaults to True and
 *   chatcmpl_converter.py convert_handoff_tool sends it; the JS converter leaves `strict` out).
 * - Agents as tools take the `AgentAsToolInput` parameters (see agentAsToolParameters).
 * - Assistant text is one string, the text parts joined with "\n" (chatcmpl_converter.py items_to_messages:
 *   `new_asst["content"] = "\n".join(text_segments)`); the JS SDK sends a list of text parts.
 * - A handoff's output is `json.dumps({"assistant": name})` (handoffs/__init__.py get_transfer_message), which puts a
 *   space after the colon; the JS SDK's JSON.stringify does not.
 * - A request that is not streamed has no `stream` field (models/openai_chatcompletions.py:
 *   `stream_param = True if stream else omit`); the JS SDK sends `"stream": false`. Agents used as tools run their
 *   nested run without streaming in both SDKs.
 * @param {string} body The JSON body the JS SDK is about to send.
 * @param {{agentToolNames: Set<string>, handoffToolNames: Set<string>}} wire Which tool names are which.
 */
export function pythonShapedRequest(body, wire) {
  if (typeof body !== 'string') {
    return body;
  }
  const request = JSON.parse(body);
  if (request.stream === false) {
    delete request.stream;
  }
  for (const entry of request.tools ?? []) {
    const fn = entry.function;
    if (wire.handoffToolNames.has(fn.name)) {
      fn.strict = true;
    }
    if (wire.agentToolNames.has(fn.name)) {
      fn.parameters = structuredClone(agentAsToolParameters);
    }
  }
  const handoffCallIds = new Set();
  for (const message of request.messages ?? []) {
    if (message.role === 'assistant' && Array.isArray(message.content)) {
      message.content = message.content.map((part) => part.text).join('\n');
    }
    for (const call of message.tool_calls ?? []) {
      if (wire.handoffToolNames.has(call.function?.name)) {
        handoffCallIds.add(call.id);
      }
    }
    if (message.role === 'tool' && handoffCallIds.has(message.tool_call_id)) {
      const target = JSON.parse(message.content).assistant;
      message.content = `{"assistant": ${JSON.stringify(target)}}`;
    }
  }
  return JSON.stringify(request);
}
