using AgentStudio.Tests.WireFidelity;
using static AgentStudio.Tests.WireFidelity.ScriptedTurn;

namespace AgentStudio.Tests.Exporting.TypeScript;

/// <summary>Designs beyond the templates that the TypeScript export must carry over exactly.</summary>
internal static class TypeScriptDesigns
{
    /// <summary>
    /// Text that needs escaping (quotes of both kinds, backslash, backtick, <c>${</c>, a line break, non-ASCII), a
    /// handoff cycle, the no_tools filter, stop_on_first_tool, every model setting, a nested output schema and a mock
    /// response over nested arguments.
    /// </summary>
    public const string Unusual = """
        {
          "format": "agentstudio.design", "version": 1, "name": "Ünusual \"desk\" – 'quotes'", "entry": "front",
          "description": "Checks escaping: `ticks`, ${braces} and a back\\slash.",
          "agents": [
            { "id": "front", "name": "Front Desk «Ü»", "instructions": "Greet the customer.\nSay \"hello\" — then route them. Prices look like `${price}` \\ unknown.",
              "model": "gpt-4o", "modelSettings": { "temperature": 0.5, "topP": 0.9, "maxOutputTokens": 256, "parallelToolCalls": false } },
            { "id": "clerk", "name": "Clerk", "instructions": "Look orders up; it's what you do.", "handoffDescription": "Finds orders (the \"order desk\")",
              "model": "gpt-4o-mini", "toolUseBehavior": "stop_on_first_tool" },
            { "id": "scorer", "name": "Scorer", "instructions": "Rate the customer's mood.", "model": "gpt-4o-mini",
              "outputSchema": { "type": "object", "properties": {
                "mood": { "type": "string", "enum": ["calm", "upset"], "description": "How the customer feels right now, in one word from the list" },
                "details": { "type": "object", "properties": { "score": { "type": "number", "minimum": 0, "maximum": 1 }, "notes": { "type": "array", "items": { "type": "string" } } } },
                "reason": { "type": "string" } }, "required": ["mood", "details", "reason"], "additionalProperties": false } } ],
          "tools": [ { "kind": "mock", "id": "find_order", "name": "find_order", "description": "Find an order by its id",
            "parameters": { "type": "object", "properties": {
              "order_id": { "type": "string", "description": "The order's id" },
              "include_items": { "type": "boolean" },
              "filter": { "type": "object", "properties": { "status": { "type": "string", "enum": ["open", "closed"] } } } }, "required": ["order_id"] },
            "response": "Order {{order_id}} ({{ filter.status }}, items: {{include_items}}) is `late` by ${secret:DAYS} days; {{missing}}." } ],
          "edges": [
            { "kind": "tool", "id": "front-scorer", "from": "front", "to": "scorer" },
            { "kind": "handoff", "id": "front-clerk", "from": "front", "to": "clerk", "historyFilter": "no_tools" },
            { "kind": "handoff", "id": "clerk-front", "from": "clerk", "to": "front", "toolName": "back_to_front", "description": "Anything that is not about an order" },
            { "kind": "tool", "id": "clerk-find", "from": "clerk", "to": "find_order" } ],
          "notes": [ { "id": "n1", "text": "Front Desk rates the mood first, then hands off.\nClerk stops at the first tool's output." } ]
        }
        """;

    /// <summary>The unusual design as a wire case: a scored mood, a handoff that drops tool calls, a stop on the first tool.</summary>
    public static WireCase UnusualCase { get; } = new("unusual", Unusual, "Where is order A-7? «Ü»", new Dictionary<string, IReadOnlyList<ScriptedTurn>>(StringComparer.Ordinal)
    {
        ["Front Desk «Ü»"] =
        [
            Call(new ScriptedToolCall("call_front_1", "scorer", """{"input": "Where is order A-7?"}""")),
            Call(new ScriptedToolCall("call_front_2", "transfer_to_clerk", "{}")),
        ],
        ["Scorer"] = [Say("""{"mood": "calm", "details": {"score": 0.25, "notes": ["polite"]}, "reason": "Asks plainly."}""")],
        ["Clerk"] = [Call(new ScriptedToolCall("call_clerk_1", "find_order", """{"order_id": "A-7", "include_items": true, "filter": {"status": "open"}}"""))],
    });

    /// <summary>
    /// A clerk that calls a mock (with a pattern on its parameter), an HTTP tool on <paramref name="baseUrl"/> (a POST with a URL argument that needs
    /// escaping, a header and a JSON body) and the calculator renamed by its edge, then answers.
    /// </summary>
    public static WireCase ToolsCase(string baseUrl) => new("tools", $$$"""
        {
          "format": "agentstudio.design", "version": 1, "name": "Tool desk", "entry": "clerk",
          "agents": [ { "id": "clerk", "name": "Clerk", "instructions": "Look the order up, check the weather, add the prices.", "model": "gpt-4o" } ],
          "tools": [
            { "kind": "mock", "id": "lookup", "name": "lookup_order", "description": "Find an order",
              "parameters": { "type": "object", "properties": { "order_id": { "type": "string", "pattern": "^[A-Z]-\\d+$" } }, "required": ["order_id"] },
              "response": "Order {{order_id}} ships on Friday." },
            { "kind": "http", "id": "weather", "name": "get_weather", "description": "The weather in a city",
              "parameters": { "type": "object", "properties": { "city": { "type": "string" }, "days": { "type": "integer" } }, "required": ["city", "days"] },
              "method": "post", "url": "{{{baseUrl}}}weather?q={{city}}&units=metric", "headers": { "X-Days": "{{days}}" },
              "body": "{\"city\": \"{{city}}\", \"days\": {{days}} }" },
            { "kind": "builtin", "id": "calc", "name": "calculator" } ],
          "edges": [
            { "kind": "tool", "id": "c-lookup", "from": "clerk", "to": "lookup" },
            { "kind": "tool", "id": "c-weather", "from": "clerk", "to": "weather" },
            { "kind": "tool", "id": "c-calc", "from": "clerk", "to": "calc", "toolName": "calc", "description": "Arithmetic, exactly" } ]
        }
        """, "Where is A-7, and what is the weather?", new Dictionary<string, IReadOnlyList<ScriptedTurn>>(StringComparer.Ordinal)
    {
        ["Clerk"] =
        [
            Call(new ScriptedToolCall("call_1", "lookup_order", """{"order_id": "A-7"}""")),
            Call(new ScriptedToolCall("call_2", "get_weather", """{"city": "São Paulo (SP)!", "days": 3}""")),
            Call(new ScriptedToolCall("call_3", "calc", """{"expression": "(12.5 * 4 - 3) / 2 + 0.1 + 0.2 + 2^3^2"}""")),
            Say("A-7 ships on Friday; it is sunny; the total is 535.8."),
        ],
    });
}
