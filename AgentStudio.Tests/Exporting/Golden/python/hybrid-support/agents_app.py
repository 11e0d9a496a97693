# AgentStudio export of revision 7 of the design "Hybrid support".
# Export again to update it, or edit it as your own code.
#
# Note: Hybrid: handoffs route the customer to the right specialist; inside each
# specialist, sub-agents run as tools on gpt-4o-mini and return their results, so the
# specialist keeps control and cost stays low.

from agents import Agent, ModelSettings, handoff


invoice_lookup_agent = Agent(
    name="InvoiceLookup",
    instructions=(
        "You look up invoices. Given a description of the customer and the charge, "
        "return the matching invoices with number, date, amount and status, one per "
        "line. If nothing matches, say so plainly."
    ),
    handoff_description="Finds the invoices that match a customer's question",
    model="gpt-4o-mini",
)

refund_calculator_agent = Agent(
    name="RefundCalculator",
    instructions=(
        "You calculate refunds. Given the invoices and the customer's situation, work "
        "out the refund due under a policy of full refunds for duplicate charges and "
        "pro-rata refunds for cancellations within 30 days. Return the amount and a "
        "one-sentence reason. If the information is insufficient, say what is missing."
    ),
    handoff_description="Works out the refund a customer is owed",
    model="gpt-4o-mini",
)

billing_agent = Agent(
    name="BillingAgent",
    instructions=(
        "You are a billing specialist. For a question about a charge, call "
        "lookup_invoice to find the invoices involved; for a refund, call "
        "calculate_refund with what you found. Explain the result to the customer in "
        "plain words. If a tool fails or returns an error, apologise, say you could "
        "not complete the check and escalate to a human billing agent instead of "
        "guessing."
    ),
    handoff_description=(
        "Handles billing questions: charges, invoices, refunds and subscriptions"
    ),
    model="gpt-4o",
    tools=[
        invoice_lookup_agent.as_tool(
            tool_name="lookup_invoice",
            tool_description="Find the invoices that match the customer's question",
        ),
        refund_calculator_agent.as_tool(
            tool_name="calculate_refund",
            tool_description="Work out the refund the customer is owed",
        ),
    ],
)

diagnostic_agent = Agent(
    name="DiagnosticAgent",
    instructions=(
        "You diagnose technical problems. Given a description of the symptoms, list "
        "the most likely causes in order and a check for each. If the description is "
        "too vague, list the details that would narrow it down."
    ),
    handoff_description="Diagnoses the likely causes of a technical problem",
    model="gpt-4o-mini",
)

technical_agent = Agent(
    name="TechnicalAgent",
    instructions=(
        "You are a technical support specialist. Call run_diagnostics with the "
        "customer's description of the problem, then give numbered steps based on its "
        "findings. If diagnostics fail or find nothing, escalate: summarise what you "
        "know and tell the customer an engineer will follow up."
    ),
    handoff_description=(
        "Solves technical problems: crashes, errors, installation and performance"
    ),
    model="gpt-4o",
    tools=[
        diagnostic_agent.as_tool(
            tool_name="run_diagnostics",
            tool_description="Diagnose the likely causes of the customer's problem",
        ),
    ],
)

triage_agent = Agent(
    name="TriageAgent",
    instructions=(
        "You are the first point of contact for customer support. Hand off to the "
        "billing agent for charges, invoices, refunds and subscriptions, and to the "
        "technical agent for crashes, errors, installation and performance problems. "
        "If the request is unclear, ask one short clarifying question first. Do not "
        "answer billing or technical questions yourself."
    ),
    handoff_description="First point of contact for customer support",
    model="gpt-4o",
    model_settings=ModelSettings(temperature=0.2),
    handoffs=[
        handoff(
            billing_agent,
            tool_description_override=(
                "Billing and payment issues: charges, invoices, refunds, subscriptions"
            ),
        ),
        handoff(
            technical_agent,
            tool_description_override=(
                "Technical issues: crashes, errors, installation, performance"
            ),
        ),
    ],
)
