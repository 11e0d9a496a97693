// AgentStudio export of revision 1 of the design "Customer support triage".
// Export again to update it, or edit it as your own code.
//
// Delegation pattern: a triage agent hands the conversation off to a billing or
// a technical specialist, who answers from then on.

import { Agent, handoff, tool } from "@openai/agents";
import { z } from "zod";

// Delegation pattern (handoffs): TriageAgent transfers the whole conversation
// to a specialist, who answers the customer directly from then on. Good when
// specialists need the full context and their own instructions.

export const lookupInvoices = tool({
  name: "lookup_invoices",
  description:
    "List the customer's recent invoices with their amounts and dates",
  parameters: z.object({
    customer_email: z.string().describe("The customer's email address"),
  }),
  // A mock: answers with the design's response, the arguments filled in.
  execute: async (input) =>
    `Invoices for ${input.customer_email}: INV-1042 $20.00 on 2026-10-01 (subscription), INV-1043 $20.00 on 2026-10-01 (subscription, duplicate charge).`,
});

export const billingAgent = new Agent({
  name: "BillingAgent",
  instructions:
    "You are a billing specialist. Help with charges, invoices, refunds and subscription changes. Look up the customer's invoices before you answer a question about a charge. Explain what happened in plain words and what you will do about it. If the invoice lookup fails, apologise, say you could not reach the billing system and promise a follow-up by email instead of guessing amounts.",
  handoffDescription:
    "Handles billing questions: charges, invoices, refunds and subscriptions",
  model: "gpt-4o",
  tools: [lookupInvoices],
});

export const technicalAgent = new Agent({
  name: "TechnicalAgent",
  instructions:
    "You are a technical support specialist. Help with crashes, error messages, installation and performance problems. Ask for the product version and the exact error when they are missing. Give numbered steps the customer can follow. If you cannot solve the problem, escalate: summarise what was tried and tell the customer an engineer will contact them.",
  handoffDescription:
    "Solves technical problems: crashes, errors, installation and performance",
  model: "gpt-4o",
});

export const triageAgent = new Agent({
  name: "TriageAgent",
  instructions:
    "You are the first point of contact for customer support. Work out what the customer needs. Hand off to the billing agent for charges, invoices, refunds and subscriptions, and to the technical agent for crashes, errors, installation and performance problems. If the request is unclear, ask one short clarifying question before handing off. Never try to solve billing or technical problems yourself.",
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
