# AgentStudio export of revision 7 of the design "Customer support triage".
# Export again to update it, or edit it as your own code.
#
# Note: Delegation pattern (handoffs): TriageAgent transfers the whole conversation to a
# specialist, who answers the customer directly from then on. Good when specialists need
# the full context and their own instructions.

from agents import Agent, ModelSettings, function_tool, handoff


@function_tool
def lookup_invoices(customer_email: str) -> str:
    """List the customer's recent invoices with their amounts and dates

    Args:
        customer_email: The customer's email address
    """
    return (
        f"Invoices for {customer_email}: INV-1042 $20.00 on 2026-10-01 (subscription), "
        "INV-1043 $20.00 on 2026-10-01 (subscription, duplicate charge)."
    )


billing_agent = Agent(
    name="BillingAgent",
    instructions=(
        "You are a billing specialist. Help with charges, invoices, refunds and "
        "subscription changes. Look up the customer's invoices before you answer a "
        "question about a charge. Explain what happened in plain words and what you "
        "will do about it. If the invoice lookup fails, apologise, say you could not "
        "reach the billing system and promise a follow-up by email instead of guessing "
        "amounts."
    ),
    handoff_description=(
        "Handles billing questions: charges, invoices, refunds and subscriptions"
    ),
    model="gpt-4o",
    tools=[lookup_invoices],
)

technical_agent = Agent(
    name="TechnicalAgent",
    instructions=(
        "You are a technical support specialist. Help with crashes, error messages, "
        "installation and performance problems. Ask for the product version and the "
        "exact error when they are missing. Give numbered steps the customer can "
        "follow. If you cannot solve the problem, escalate: summarise what was tried "
        "and tell the customer an engineer will contact them."
    ),
    handoff_description=(
        "Solves technical problems: crashes, errors, installation and performance"
    ),
    model="gpt-4o",
)

triage_agent = Agent(
    name="TriageAgent",
    instructions=(
        "You are the first point of contact for customer support. Work out what the "
        "customer needs. Hand off to the billing agent for charges, invoices, refunds "
        "and subscriptions, and to the technical agent for crashes, errors, "
        "installation and performance problems. If the request is unclear, ask one "
        "short clarifying question before handing off. Never try to solve billing or "
        "technical problems yourself."
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
