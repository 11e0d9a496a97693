// AgentStudio export of revision 1 of the design "Hybrid support".
// Export again to update it, or edit it as your own code.
//
// Both patterns: a triage agent hands off to billing and technical specialists,
// and each specialist calls smaller sub-agents as tools.

import { Agent, handoff } from "@openai/agents";

// Hybrid: handoffs route the customer to the right specialist; inside each
// specialist, sub-agents run as tools on gpt-4o-mini and return their results,
// so the specialist keeps control and cost stays low.

export const invoiceLookupAgent = new Agent({
  name: "InvoiceLookup",
  instructions:
    "You look up invoices. Given a description of the customer and the charge, return the matching invoices with number, date, amount and status, one per line. If nothing matches, say so plainly.",
  handoffDescription: "Finds the invoices that match a customer's question",
  model: "gpt-4o-mini",
});

export const refundCalculatorAgent = new Agent({
  name: "RefundCalculator",
  instructions:
    "You calculate refunds. Given the invoices and the customer's situation, work out the refund due under a policy of full refunds for duplicate charges and pro-rata refunds for cancellations within 30 days. Return the amount and a one-sentence reason. If the information is insufficient, say what is missing.",
  handoffDescription: "Works out the refund a customer is owed",
  model: "gpt-4o-mini",
});

export const billingAgent = new Agent({
  name: "BillingAgent",
  instructions:
    "You are a billing specialist. For a question about a charge, call lookup_invoice to find the invoices involved; for a refund, call calculate_refund with what you found. Explain the result to the customer in plain words. If a tool fails or returns an error, apologise, say you could not complete the check and escalate to a human billing agent instead of guessing.",
  handoffDescription:
    "Handles billing questions: charges, invoices, refunds and subscriptions",
  model: "gpt-4o",
  tools: [
    invoiceLookupAgent.asTool({
      toolName: "lookup_invoice",
      toolDescription: "Find the invoices that match the customer's question",
    }),
    refundCalculatorAgent.asTool({
      toolName: "calculate_refund",
      toolDescription: "Work out the refund the customer is owed",
    }),
  ],
});

export const diagnosticAgent = new Agent({
  name: "DiagnosticAgent",
  instructions:
    "You diagnose technical problems. Given a description of the symptoms, list the most likely causes in order and a check for each. If the description is too vague, list the details that would narrow it down.",
  handoffDescription: "Diagnoses the likely causes of a technical problem",
  model: "gpt-4o-mini",
});

export const technicalAgent = new Agent({
  name: "TechnicalAgent",
  instructions:
    "You are a technical support specialist. Call run_diagnostics with the customer's description of the problem, then give numbered steps based on its findings. If diagnostics fail or find nothing, escalate: summarise what you know and tell the customer an engineer will follow up.",
  handoffDescription:
    "Solves technical problems: crashes, errors, installation and performance",
  model: "gpt-4o",
  tools: [
    diagnosticAgent.asTool({
      toolName: "run_diagnostics",
      toolDescription: "Diagnose the likely causes of the customer's problem",
    }),
  ],
});

export const triageAgent = new Agent({
  name: "TriageAgent",
  instructions:
    "You are the first point of contact for customer support. Hand off to the billing agent for charges, invoices, refunds and subscriptions, and to the technical agent for crashes, errors, installation and performance problems. If the request is unclear, ask one short clarifying question first. Do not answer billing or technical questions yourself.",
  handoffDescription: "First point of contact for customer support",
  model: "gpt-4o",
  modelSettings: {
    temperature: 0.2,
  },
  handoffs: [
    handoff(billingAgent, {
      toolNameOverride: "transfer_to_billingagent",
      toolDescriptionOverride:
        "Billing and payment issues: charges, invoices, refunds, subscriptions",
    }),
    handoff(technicalAgent, {
      toolNameOverride: "transfer_to_technicalagent",
      toolDescriptionOverride:
        "Technical issues: crashes, errors, installation, performance",
    }),
  ],
});
