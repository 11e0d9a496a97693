// AgentStudio export of revision 7 of the design "Hybrid support".
// Export again to update it, or edit it as your own code.

using Microsoft.Agents.AI;
using Microsoft.Agents.AI.Workflows;
using Microsoft.Extensions.AI;

namespace HybridSupport;

// Note: Hybrid: handoffs route the customer to the right specialist; inside each specialist, sub-agents run as tools
// on gpt-4o-mini and return their results, so the specialist keeps control and cost stays low.

/// <summary>The agents of the design, each built on the chat client of its model.</summary>
internal sealed class HybridSupportAgents
{
    public HybridSupportAgents(ModelClients models)
    {
        TriageAgent = new ChatClientAgent(
            models.Get("gpt-4o"),
            new ChatClientAgentOptions
            {
                Id = "triage",
                Name = "TriageAgent",
                Description = "First point of contact for customer support",
                ChatOptions = new ChatOptions
                {
                    Instructions = "You are the first point of contact for customer support. Hand off to the billing agent for charges, invoices, refunds and subscriptions, and to the technical agent for crashes, errors, installation and performance problems. If the request is unclear, ask one short clarifying question first. Do not answer billing or technical questions yourself.",
                    Temperature = 0.2f,
                },
            });

        InvoiceLookup = new ChatClientAgent(
            models.Get("gpt-4o-mini"),
            new ChatClientAgentOptions
            {
                Id = "invoice-lookup",
                Name = "InvoiceLookup",
                Description = "Finds the invoices that match a customer's question",
                ChatOptions = new ChatOptions
                {
                    Instructions = "You look up invoices. Given a description of the customer and the charge, return the matching invoices with number, date, amount and status, one per line. If nothing matches, say so plainly.",
                },
            });

        RefundCalculator = new ChatClientAgent(
            models.Get("gpt-4o-mini"),
            new ChatClientAgentOptions
            {
                Id = "refund-calculator",
                Name = "RefundCalculator",
                Description = "Works out the refund a customer is owed",
                ChatOptions = new ChatOptions
                {
                    Instructions = "You calculate refunds. Given the invoices and the customer's situation, work out the refund due under a policy of full refunds for duplicate charges and pro-rata refunds for cancellations within 30 days. Return the amount and a one-sentence reason. If the information is insufficient, say what is missing.",
                },
            });

        BillingAgent = new ChatClientAgent(
            models.Get("gpt-4o"),
            new ChatClientAgentOptions
            {
                Id = "billing",
                Name = "BillingAgent",
                Description = "Handles billing questions: charges, invoices, refunds and subscriptions",
                ChatOptions = new ChatOptions
                {
                    Instructions = "You are a billing specialist. For a question about a charge, call lookup_invoice to find the invoices involved; for a refund, call calculate_refund with what you found. Explain the result to the customer in plain words. If a tool fails or returns an error, apologise, say you could not complete the check and escalate to a human billing agent instead of guessing.",
                    Tools =
                    [
                        // As a tool, the agent starts with no history and gets the model's "query" argument (the Agents SDK's "input"); its answer comes back as a JSON string.
                        InvoiceLookup.AsAIFunction(new AIFunctionFactoryOptions
                        {
                            Name = "lookup_invoice",
                            Description = "Find the invoices that match the customer's question",
                        }),
                        // As a tool, the agent starts with no history and gets the model's "query" argument (the Agents SDK's "input"); its answer comes back as a JSON string.
                        RefundCalculator.AsAIFunction(new AIFunctionFactoryOptions
                        {
                            Name = "calculate_refund",
                            Description = "Work out the refund the customer is owed",
                        }),
                    ],
                },
            });

        DiagnosticAgent = new ChatClientAgent(
            models.Get("gpt-4o-mini"),
            new ChatClientAgentOptions
            {
                Id = "diagnostic",
                Name = "DiagnosticAgent",
                Description = "Diagnoses the likely causes of a technical problem",
                ChatOptions = new ChatOptions
                {
                    Instructions = "You diagnose technical problems. Given a description of the symptoms, list the most likely causes in order and a check for each. If the description is too vague, list the details that would narrow it down.",
                },
            });

        TechnicalAgent = new ChatClientAgent(
            models.Get("gpt-4o"),
            new ChatClientAgentOptions
            {
                Id = "technical",
                Name = "TechnicalAgent",
                Description = "Solves technical problems: crashes, errors, installation and performance",
                ChatOptions = new ChatOptions
                {
                    Instructions = "You are a technical support specialist. Call run_diagnostics with the customer's description of the problem, then give numbered steps based on its findings. If diagnostics fail or find nothing, escalate: summarise what you know and tell the customer an engineer will follow up.",
                    Tools =
                    [
                        // As a tool, the agent starts with no history and gets the model's "query" argument (the Agents SDK's "input"); its answer comes back as a JSON string.
                        DiagnosticAgent.AsAIFunction(new AIFunctionFactoryOptions
                        {
                            Name = "run_diagnostics",
                            Description = "Diagnose the likely causes of the customer's problem",
                        }),
                    ],
                },
            });
    }

    /// <summary>The agent TriageAgent.</summary>
    public ChatClientAgent TriageAgent { get; }

    /// <summary>The agent BillingAgent.</summary>
    public ChatClientAgent BillingAgent { get; }

    /// <summary>The agent TechnicalAgent.</summary>
    public ChatClientAgent TechnicalAgent { get; }

    /// <summary>The agent InvoiceLookup.</summary>
    public ChatClientAgent InvoiceLookup { get; }

    /// <summary>The agent RefundCalculator.</summary>
    public ChatClientAgent RefundCalculator { get; }

    /// <summary>The agent DiagnosticAgent.</summary>
    public ChatClientAgent DiagnosticAgent { get; }

    /// <summary>The agent a run starts with.</summary>
    public ChatClientAgent Entry => TriageAgent;

    /// <summary>The handoff workflow: a run starts with TriageAgent, and each agent may hand the conversation on.</summary>
    public Workflow BuildWorkflow()
    {
        // Agent Framework offers each agent its handoffs as tools named handoff_to_1, handoff_to_2, … (the Agents SDK
        // names them transfer_to_<agent>), with the design's descriptions, and turns parallel tool calls off for an
        // agent that has handoffs. The target sees the conversation without the handoff call and its output, and the
        // other agents' answers as user messages; the Agents SDK passes both on as they are.
        return AgentWorkflowBuilder.CreateHandoffBuilderWith(TriageAgent)
            .WithHandoff(TriageAgent, BillingAgent, "Billing and payment issues: charges, invoices, refunds, subscriptions")
            .WithHandoff(TriageAgent, TechnicalAgent, "Technical issues: crashes, errors, installation, performance")
            .Build();
    }
}
