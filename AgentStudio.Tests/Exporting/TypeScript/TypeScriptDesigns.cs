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
}
