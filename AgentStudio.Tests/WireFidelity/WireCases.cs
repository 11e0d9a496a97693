using AgentStudio.Core.Templates;
using static AgentStudio.Tests.WireFidelity.ScriptedTurn;

namespace AgentStudio.Tests.WireFidelity;

/// <summary>
/// The designs the differential test runs: the three templates, and small designs for the edge cases where
/// AgentStudio's requests and the SDK's have differed (issue 14).
/// </summary>
internal static class WireCases
{
    public static IReadOnlyList<WireCase> All { get; } =
    [
        new("customer-support", DesignTemplates.ReadJson("customer-support"), "I was charged twice this month", Script(
            ("TriageAgent", [Call(new ScriptedToolCall("call_triage_1", "transfer_to_billingagent", "{}"))]),
            ("BillingAgent", [Call(new ScriptedToolCall("call_billing_1", "lookup_invoices", """{"customer_email": "ana@example.com"}""")), Say("INV-1043 was a duplicate charge; I have refunded it.")]))),

        new("research-manager", DesignTemplates.ReadJson("research-manager"), "Are heat pumps worth it in cold climates?", Script(
            ("ManagerAgent",
            [
                Call(new ScriptedToolCall("call_manager_1", "research", """{"input": "heat pumps in cold climates"}""")),
                Call(new ScriptedToolCall("call_manager_2", "analyze", """{"input": "Heat pumps work down to -25 C."}""")),
                Say("Yes, with a cold-climate model. Sources: the 2025 field report."),
            ]),
            ("ResearchAgent",
            [
                Call(new ScriptedToolCall("call_research_1", "web_search", """{"query":"cold climate heat pump efficiency"}""")),
                Say("""{"topic": "heat pumps in cold climates", "key_facts": ["Work down to -25 C"], "sources": ["https://example.org/report"], "confidence_score": 0.8}"""),
            ]),
            ("AnalysisAgent", [Say("Viable where cold-climate models are installed; certainty moderate.")]))),

        new("hybrid-support", DesignTemplates.ReadJson("hybrid-support"), "The app crashes when I start it", Script(
            ("TriageAgent", [Call(new ScriptedToolCall("call_triage_1", "transfer_to_technicalagent", "{}"))]),
            ("TechnicalAgent", [Call(new ScriptedToolCall("call_technical_1", "run_diagnostics", """{"input": "crash on start"}""")), Say("1. Update the app. 2. Restart.")]),
            ("DiagnosticAgent", [Say("Likely an outdated version; check the version number.")]))),

        new("optional-parameter", SingleAgentWithTool("""
            { "type": "object", "properties": { "order_id": { "type": "string" }, "include_items": { "type": "boolean", "description": "Also list the items" } }, "required": ["order_id"] }
            """), "Where is order A-7?", Script(
            ("Clerk", [Call(new ScriptedToolCall("call_clerk_1", "find_order", """{"order_id": "A-7", "include_items": false}""")), Say("Order A-7 shipped.")]))),

        new("output-schema-bounds", ScorerDesign, "Score: the cat sat on the mat.", Script(
            ("Scorer", [Say("""{"score": 7, "reason": "Clear but plain."}""")]))),

        // The JS SDK does not validate an output against a JSON schema given as such; Python validates the final
        // output against the agent's output type (agent_output.py AgentOutputSchema.validate_json) and fails the run
        // with a ModelBehaviorError (run_internal/turn_resolution.py) when it does not fit.
        new("output-schema-violated", ScorerDesign, "Score: the cat sat on the mat.", Script(
            ("Scorer", [Say("""{"score": 11, "reason": "Off the scale."}""")])), PythonFailsWith: "ModelBehavior"),

        new("two-handoffs-in-one-response", """
            {
              "format": "agentstudio.design", "version": 1, "name": "Two handoffs", "entry": "triage",
              "agents": [
                { "id": "triage", "name": "Triage", "instructions": "Route the customer.", "model": "gpt-4o" },
                { "id": "billing", "name": "Billing Desk", "instructions": "Answer billing questions.", "handoffDescription": "Charges and invoices", "model": "gpt-4o" },
                { "id": "refunds", "name": "Refunds", "instructions": "Handle refunds.", "model": "gpt-4o" } ],
              "tools": [],
              "edges": [
                { "kind": "handoff", "id": "to-billing", "from": "triage", "to": "billing", "description": "Billing questions" },
                { "kind": "handoff", "id": "to-refunds", "from": "triage", "to": "refunds" } ]
            }
            """, "Refund my double charge", Script(
            ("Triage", [Call(new ScriptedToolCall("call_triage_1", "transfer_to_billing_desk", "{}"), new ScriptedToolCall("call_triage_2", "transfer_to_refunds", "{}"))]),
            ("Billing Desk", [Say("I see the double charge.")]))),

        new("invalid-json-tool-arguments", SingleAgentWithTool("""
            { "type": "object", "properties": { "order_id": { "type": "string" } }, "required": ["order_id"] }
            """), "Where is order A-7?", Script(
            ("Clerk", [Call(new ScriptedToolCall("call_clerk_1", "find_order", """{"order_id": "A-7" """)), Call(new ScriptedToolCall("call_clerk_2", "find_order", """{"order_id":"A-7"}""")), Say("Order A-7 shipped.")]))),

        new("tool-edge-without-description", """
            {
              "format": "agentstudio.design", "version": 1, "name": "Bare tool edge", "entry": "manager",
              "agents": [
                { "id": "manager", "name": "Manager", "instructions": "Check facts before answering.", "model": "gpt-4o" },
                { "id": "checker", "name": "Fact Checker", "instructions": "Say whether a claim is true.", "handoffDescription": "Checks claims", "model": "gpt-4o-mini" } ],
              "tools": [],
              "edges": [ { "kind": "tool", "id": "manager-checker", "from": "manager", "to": "checker" } ]
            }
            """, "Is water wet?", Script(
            ("Manager", [Call(new ScriptedToolCall("call_manager_1", "fact_checker", """{"input": "Water is wet."}""")), Say("Checked: yes.")]),
            ("Fact Checker", [Say("True.")]))),

        new("no-tools-history-filter", """
            {
              "format": "agentstudio.design", "version": 1, "name": "No tools filter", "entry": "triage",
              "agents": [
                { "id": "triage", "name": "Triage", "instructions": "Look the customer up, then route them.", "model": "gpt-4o" },
                { "id": "specialist", "name": "Specialist", "instructions": "Solve the problem.", "handoffDescription": "Solves problems", "model": "gpt-4o" } ],
              "tools": [ { "kind": "mock", "id": "lookup_account", "name": "lookup_account", "description": "Find an account by email",
                "parameters": { "type": "object", "properties": { "email": { "type": "string" } }, "required": ["email"] },
                "response": "Account of {{email}}: premium" } ],
              "edges": [
                { "kind": "tool", "id": "triage-lookup", "from": "triage", "to": "lookup_account" },
                { "kind": "handoff", "id": "to-specialist", "from": "triage", "to": "specialist", "description": "Anything technical", "historyFilter": "no_tools" } ]
            }
            """, "My sync is broken, I am ana@example.com", Script(
            ("Triage", [Call(new ScriptedToolCall("call_triage_1", "lookup_account", """{"email": "ana@example.com"}""")), Call(new ScriptedToolCall("call_triage_2", "transfer_to_specialist", "{}"))]),
            ("Specialist", [Say("Sync is fixed.")]))),

        new("max-tokens-and-sampling", """
            {
              "format": "agentstudio.design", "version": 1, "name": "Sampling", "entry": "writer",
              "agents": [ { "id": "writer", "name": "Writer", "instructions": "Write one line.", "model": "gpt-4o",
                "modelSettings": { "temperature": 0.5, "topP": 0.9, "maxOutputTokens": 256 } } ],
              "tools": [], "edges": []
            }
            """, "A line about rain", Script(
            ("Writer", [Say("Rain taps the roof.")]))),

        new("required-tool-choice-reset", SingleAgentWithTool("""
            { "type": "object", "properties": { "order_id": { "type": "string" } }, "required": ["order_id"] }
            """, toolChoice: "required"), "Where is order A-7?", Script(
            ("Clerk", [Call(new ScriptedToolCall("call_clerk_1", "find_order", """{"order_id": "A-7"}""")), Say("Order A-7 shipped.")]))),
    ];

    public static TheoryData<string> Names => new(All.Select(c => c.Name));

    public static WireCase Find(string name) => All.Single(c => c.Name == name);

    private const string ScorerDesign = """
        {
          "format": "agentstudio.design", "version": 1, "name": "Scorer", "entry": "scorer",
          "agents": [ { "id": "scorer", "name": "Scorer", "instructions": "Score the text from 0 to 10.", "model": "gpt-4o",
            "outputSchema": { "type": "object", "properties": {
              "score": { "type": "number", "minimum": 0, "maximum": 10 },
              "reason": { "type": "string", "description": "One sentence" } }, "required": ["score", "reason"] } } ],
          "tools": [], "edges": []
        }
        """;

    private static string SingleAgentWithTool(string parameters, string? toolChoice = null) => $$$"""
        {
          "format": "agentstudio.design", "version": 1, "name": "Clerk", "entry": "clerk",
          "agents": [ { "id": "clerk", "name": "Clerk", "instructions": "Answer questions about orders.", "model": "gpt-4o"{{{(toolChoice is null ? "" : $$""", "modelSettings": { "toolChoice": "{{toolChoice}}" }""")}}} } ],
          "tools": [ { "kind": "mock", "id": "find_order", "name": "find_order", "description": "Find an order by its id",
            "parameters": {{{parameters}}}, "response": "Order {{order_id}} shipped on 2026-11-02." } ],
          "edges": [ { "kind": "tool", "id": "clerk-find", "from": "clerk", "to": "find_order" } ]
        }
        """;

    private static Dictionary<string, IReadOnlyList<ScriptedTurn>> Script(params (string Agent, ScriptedTurn[] Turns)[] agents) =>
        agents.ToDictionary(a => a.Agent, a => (IReadOnlyList<ScriptedTurn>)a.Turns, StringComparer.Ordinal);
}
